package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.casework.CaseAction;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard (领导看板) and the command center's big screen (监督指挥大屏); both pages
 * fetch their figures from {@code /api/v1/kpis} and {@code /api/v1/dashboard} (ADR 0053), and the
 * dashboard its rankings, rendered here, from {@code /evaluation/dashboard/rankings} (ADR 0055).
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class DashboardPageController {

    /** How many quarters back the period picker offers. */
    private static final int QUARTERS = 8;

    /** A quarter the period picker offers, as a period ({@code 2026-Q1}). */
    record Quarter(String period, int year, int number) {
    }

    private final Clock clock;
    private final Scorecards scorecards;

    DashboardPageController(Clock clock, Scorecards scorecards) {
        this.clock = clock;
        this.scorecards = scorecards;
    }

    /** {@code period}: any period; this month by default. A bad one is refused 400. */
    @GetMapping("/evaluation/dashboard")
    String dashboard(@RequestParam(required = false) String period, Locale locale, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Period.ZONE);
        String month = today.toString().substring(0, 7);
        Period shown = Period.parse(period == null || period.isBlank() ? month : period);
        model.addAttribute("period", shown.text());
        model.addAttribute("month", month);
        model.addAttribute("today", today);
        model.addAttribute("quarters", quarters(today));
        rankings(shown, locale, model);
        return "evaluation/dashboard";
    }

    /**
     * The dashboard's rankings of the subdistricts and the departments for a period, as the page
     * shows them, for the page to swap in when another period is picked. A bad period is refused 400.
     */
    @GetMapping("/evaluation/dashboard/rankings")
    String rankings(@RequestParam(required = false) String period, Locale locale, Model model) {
        rankings(Period.parse(period), locale, model);
        return "evaluation/dashboard :: rankings";
    }

    private void rankings(Period period, Locale locale, Model model) {
        model.addAttribute("subdistricts", Ranking.of(scorecards.of(ScorecardObject.SUBDISTRICTS, period, locale)));
        model.addAttribute("departments", Ranking.of(scorecards.of(ScorecardObject.DEPARTMENTS, period, locale)));
    }

    @GetMapping("/evaluation/screen")
    String screen(Model model) {
        model.addAttribute("actions", CaseAction.values());
        return "evaluation/screen";
    }

    private static List<Quarter> quarters(LocalDate today) {
        List<Quarter> quarters = new ArrayList<>(QUARTERS);
        int year = today.getYear();
        int number = (today.getMonthValue() - 1) / 3 + 1;
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(new Quarter(year + "-Q" + number, year, number));
            if (--number == 0) {
                number = 4;
                year--;
            }
        }
        return quarters;
    }
}
