package org.gridloop.evaluation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.CaseEntry;
import org.gridloop.evaluation.internal.Scorecard;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The scorecards (考评表) of every evaluated object, the cases behind each count, and the
 * scorecards as .xlsx or CSV (ADR 0054).
 */
@RestController
@RequestMapping("/api/v1/scorecards/{object}")
@Tag(name = "Evaluation")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class ScorecardController {

    /** The model a scorecard was scored under; version 0 is the built-in defaults. */
    record ModelReference(int version, LocalDate effectiveFrom) {
    }

    /** A scorecard as the API shows it; rates are fractions, scores 0–100. */
    record ScorecardBody(String object, String period, OffsetDateTime from, OffsetDateTime to, ModelReference model,
            List<String> measures, List<Map<String, Object>> rows, List<Map<String, Object>> rollups,
            Map<String, Object> total) {

        static ScorecardBody of(Scorecard card, List<String> measures) {
            return new ScorecardBody(card.object().path, card.period().text(),
                    OffsetDateTime.ofInstant(card.period().from(), Period.ZONE),
                    OffsetDateTime.ofInstant(card.period().to(), Period.ZONE),
                    new ModelReference(card.model().version(), card.model().effectiveFrom()), measures, card.rows(),
                    card.rollups(), card.total());
        }
    }

    /** The cases behind a count, as many as it counts. */
    record CasesBody(String object, String period, String measure, String key, String mode, int count,
            List<CaseEntryBody> cases) {
    }

    /** A case behind a count, with the instant that put it in the period. */
    record CaseEntryBody(String number, OffsetDateTime at) {

        static CaseEntryBody of(CaseEntry entry) {
            return new CaseEntryBody(entry.number(), OffsetDateTime.ofInstant(entry.at(), Period.ZONE));
        }
    }

    private final Scorecards scorecards;
    private final MessageSource messages;

    ScorecardController(Scorecards scorecards, MessageSource messages) {
        this.scorecards = scorecards;
        this.messages = messages;
    }

    @Operation(summary = "The scorecard of an object for a period",
            description = "object: subdistricts, communities, grids, departments, inspectors, operators, supervisors, "
                    + "dispatchers, teams or vendors. period as for /api/v1/kpis. Rows carry the raw counts, the rates "
                    + "(fractions, null without a denominator), the score (0–100) and the grade; measures names the "
                    + "counts that drill down to their cases.")
    @GetMapping
    ScorecardBody get(@PathVariable String object, @RequestParam(required = false) String period, Locale locale) {
        ScorecardObject evaluated = ScorecardObject.of(object);
        return ScorecardBody.of(scorecards.of(evaluated, Period.parse(period), locale),
                scorecards.measureNames(evaluated));
    }

    @Operation(summary = "The cases behind a count of a scorecard",
            description = "measure: the count's name in the rows; key: the row's key (a code or a username), or "
                    + "none for the total; mode: a team roll-up (SELF_ORGANIZED or OUTSOURCED).")
    @GetMapping("/cases")
    CasesBody cases(@PathVariable String object, @RequestParam(required = false) String period,
            @RequestParam(required = false) String measure, @RequestParam(required = false) String key,
            @RequestParam(required = false) String mode) {
        ScorecardObject evaluated = ScorecardObject.of(object);
        Period parsed = Period.parse(period);
        if (mode != null && (evaluated != ScorecardObject.TEAMS || !List.of("SELF_ORGANIZED", "OUTSOURCED")
                .contains(mode))) {
            throw DomainException.invalidField("mode", "evaluation.scorecard.mode",
                    "SELF_ORGANIZED or OUTSOURCED, for teams only");
        }
        List<CaseEntryBody> cases = scorecards.cases(evaluated, parsed, measure, key, mode).stream()
                .map(CaseEntryBody::of).toList();
        return new CasesBody(evaluated.path, parsed.text(), measure, key, mode, cases.size(), cases);
    }

    @Operation(summary = "The scorecard as a spreadsheet", description = "format: xlsx (default) or csv.")
    @GetMapping("/export")
    void export(@PathVariable String object, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        Scorecard card = scorecards.of(ScorecardObject.of(object), Period.parse(period), locale);
        TableExport.of(card, messages, locale).send(format, response);
    }

}
