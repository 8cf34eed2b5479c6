package org.gridloop.evaluation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.CaseEntry;
import org.gridloop.evaluation.internal.EvaluationModel;
import org.gridloop.evaluation.internal.Scorecard;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The scorecard pages (考评): one object and period at a time, every count linking to the cases
 * behind it, the score's formula in words with the weights of the model it was scored under,
 * and the exports.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class ScorecardPageController {

    /** A column of the table: the field, its header, whether its cells drill down, how it is shown. */
    record Column(String field, String header, boolean drills, ColumnFormat format) {

        public String text(Map<String, Object> row) {
            return format.text(row.get(field));
        }

        public boolean numeric() {
            return format != ColumnFormat.TEXT;
        }
    }

    /** A term of the score's formula: the indicator's name, its weight, and whether it counts as 100 − rate. */
    record Term(String label, double weight, boolean negative) {
    }

    private final Scorecards scorecards;
    private final MessageSource messages;
    private final Clock clock;

    ScorecardPageController(Scorecards scorecards, MessageSource messages, Clock clock) {
        this.scorecards = scorecards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/evaluation/scorecards")
    String page(@RequestParam(defaultValue = "subdistricts") String object,
            @RequestParam(required = false) String period, Actor actor, Locale locale, Model model) {
        model.addAttribute("mayEditModel", actor.holds(Post.ADMINISTRATOR));
        String periodText = period == null || period.isBlank() ? YearMonth.from(clock.instant().atZone(Period.ZONE)).toString()
                : period.strip();
        model.addAttribute("objects", List.of(ScorecardObject.values()).stream().map(o -> o.path).toList());
        model.addAttribute("object", object);
        model.addAttribute("period", periodText);
        try {
            ScorecardObject evaluated = ScorecardObject.of(object);
            Scorecard card = scorecards.of(evaluated, Period.parse(periodText), locale);
            List<String> measures = scorecards.measureNames(evaluated);
            model.addAttribute("card", card);
            model.addAttribute("keyField", evaluated.keyField);
            model.addAttribute("columns", columns(card, measures, locale));
            model.addAttribute("terms", terms(evaluated, card.model(), locale));
            model.addAttribute("grades", card.model().grades().stream()
                    .map(band -> band.grade() + " ≥ " + ModelPageForm.text(band.minScore()))
                    .collect(Collectors.joining(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "，" : ", ")));
            model.addAttribute("definitions", definitions(card, locale));
        } catch (DomainException refused) {
            DomainException.FieldProblem problem = refused.fieldProblems().get(0);
            model.addAttribute("errorField", problem.field());
            model.addAttribute("error", messages.getMessage(problem.messageCode(), null, problem.defaultMessage(),
                    locale));
        }
        return "evaluation/scorecards";
    }

    @GetMapping("/evaluation/scorecards/cases")
    String cases(@RequestParam String object, @RequestParam String period, @RequestParam String measure,
            @RequestParam(required = false) String key, @RequestParam(required = false) String mode, Locale locale,
            Model model) {
        ScorecardObject evaluated = ScorecardObject.of(object);
        List<CaseEntry> cases = scorecards.cases(evaluated, Period.parse(period), measure, key, mode);
        model.addAttribute("object", object);
        model.addAttribute("period", period);
        model.addAttribute("measure", measure);
        model.addAttribute("measureLabel", label(measure, locale));
        model.addAttribute("key", key);
        model.addAttribute("mode", mode);
        model.addAttribute("cases", cases);
        return "evaluation/scorecard-cases";
    }

    @GetMapping("/evaluation/scorecards/export")
    void export(@RequestParam String object, @RequestParam String period,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        Scorecard card = scorecards.of(ScorecardObject.of(object), Period.parse(period), locale);
        TableExport.of(card, messages, locale).send(format, response);
    }

    private List<Column> columns(Scorecard card, List<String> measures, Locale locale) {
        Set<String> fields = new LinkedHashSet<>();
        card.rows().forEach(row -> fields.addAll(row.keySet()));
        card.rollups().forEach(row -> fields.addAll(row.keySet()));
        fields.addAll(card.total().keySet());
        List<Column> columns = new ArrayList<>();
        for (String field : fields) {
            columns.add(new Column(field, label(field, locale), measures.contains(field), ColumnFormat.of(field)));
        }
        return columns;
    }

    /** The terms of the object's composite score under the model; none for teams and vendors. */
    private List<Term> terms(ScorecardObject object, EvaluationModel model, Locale locale) {
        String weighted = switch (object) {
            case SUBDISTRICTS, COMMUNITIES, GRIDS -> "regions";
            case TEAMS, VENDORS -> null;
            default -> object.path;
        };
        if (weighted == null) {
            return List.of();
        }
        return model.weights().get(weighted).entrySet().stream().map(weight -> new Term(label(weight.getKey(), locale),
                weight.getValue(), EvaluationModel.NEGATIVE.contains(weight.getKey()))).toList();
    }

    /** The words defining each rate and score on the card, in column order. */
    private List<String> definitions(Scorecard card, Locale locale) {
        Set<String> fields = new LinkedHashSet<>(card.total().keySet());
        card.rows().forEach(row -> fields.addAll(row.keySet()));
        return fields.stream().map(field -> messages.getMessage("evaluation.define." + field, null, null, locale))
                .filter(definition -> definition != null).toList();
    }

    private String label(String field, Locale locale) {
        return messages.getMessage("evaluation.column." + field, null, field, locale);
    }
}
