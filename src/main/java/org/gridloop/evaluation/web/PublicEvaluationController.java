package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.gridloop.evaluation.HeadlineFigures;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.HeadlineQueries;
import org.gridloop.evaluation.internal.Scorecard;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public disclosure (网上公布), open without signing in: a month's headline figures and the
 * rankings of the subdistricts and the departments. Only regions and departments are shown, with
 * no username, name of a person or case detail.
 */
@Controller
class PublicEvaluationController {

    /** A ranked unit: its place, name, the counts the public reads, score and grade. */
    record Ranked(int rank, String name, Map<String, Object> row) {
    }

    private final Scorecards scorecards;
    private final HeadlineQueries headlines;
    private final Clock clock;

    PublicEvaluationController(Scorecards scorecards, HeadlineQueries headlines, Clock clock) {
        this.scorecards = scorecards;
        this.headlines = headlines;
        this.clock = clock;
    }

    /** The month given (yyyy-MM), by default the last full month. */
    @GetMapping("/public/evaluation")
    String page(@RequestParam(required = false) String month, Locale locale, Model model) {
        YearMonth lastFull = YearMonth.from(clock.instant().atZone(Period.ZONE)).minusMonths(1);
        YearMonth shown = lastFull;
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.strip());
            } catch (DateTimeParseException malformed) {
                model.addAttribute("error", true);
            }
        }
        Period period = Period.parse(shown.toString());
        HeadlineFigures figures = headlines.of(period);
        model.addAttribute("month", shown.toString());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.isBefore(lastFull) ? shown.plusMonths(1).toString() : null);
        model.addAttribute("figures", figures);
        model.addAttribute("subdistricts", ranked(scorecards.of(ScorecardObject.SUBDISTRICTS, period, locale)));
        model.addAttribute("departments", ranked(scorecards.of(ScorecardObject.DEPARTMENTS, period, locale)));
        return "evaluation/public";
    }

    private static List<Ranked> ranked(Scorecard card) {
        List<Map<String, Object>> rows = card.rows();
        return IntStream.range(0, rows.size())
                .mapToObj(i -> new Ranked(rows.get(i).get("score") == null ? 0 : i + 1, (String) rows.get(i).get("name"),
                        rows.get(i)))
                .toList();
    }
}
