package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.gridloop.evaluation.HeadlineFigures;
import org.gridloop.evaluation.Period;
import org.gridloop.evaluation.internal.HeadlineQueries;
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
        model.addAttribute("subdistricts", Ranking.of(scorecards.of(ScorecardObject.SUBDISTRICTS, period, locale)));
        model.addAttribute("departments", Ranking.of(scorecards.of(ScorecardObject.DEPARTMENTS, period, locale)));
        return "evaluation/public";
    }
}
