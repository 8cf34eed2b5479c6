package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.gridloop.Period;
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

    private final PublicDisclosures disclosures;
    private final Clock clock;

    PublicEvaluationController(PublicDisclosures disclosures, Clock clock) {
        this.disclosures = disclosures;
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
        PublicDisclosures.Disclosure disclosure = disclosures.of(shown, locale);
        model.addAttribute("month", shown.toString());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.isBefore(lastFull) ? shown.plusMonths(1).toString() : null);
        model.addAttribute("figures", disclosure.figures());
        model.addAttribute("subdistricts", disclosure.subdistricts());
        model.addAttribute("departments", disclosure.departments());
        model.addAttribute("countedAt", disclosure.countedAt().atZone(Period.ZONE).toLocalDateTime());
        model.addAttribute("freshMinutes", PublicDisclosures.FRESH_FOR.toMinutes());
        return "evaluation/public";
    }
}
