package org.gridloop.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.gridloop.DomainException;
import org.gridloop.organization.internal.Attendance;
import org.gridloop.organization.internal.SamplePartitions;
import org.gridloop.organization.internal.TeamManagement;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The attendance page (考勤) of a team: its members' on-duty rate and patrol coverage on a day,
 * or summed over a month, with links to each member's track of the day.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'LEADER', 'SHIFT_SUPERVISOR')")
class AttendancePageController {

    private final Attendance attendance;
    private final TeamManagement teams;
    private final Clock clock;

    AttendancePageController(Attendance attendance, TeamManagement teams, Clock clock) {
        this.attendance = attendance;
        this.teams = teams;
        this.clock = clock;
    }

    /** The navigation's entry: the first team's attendance today. */
    @GetMapping("/attendance")
    String first() {
        List<Team> all = teams.all();
        if (all.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "organization.team.unknown", "No team yet");
        }
        return "redirect:/teams/" + all.get(0).code() + "/attendance";
    }

    @GetMapping("/teams/{code}/attendance")
    String page(@PathVariable String code, @RequestParam(required = false) String team,
            @RequestParam(required = false) String view, @RequestParam(required = false) String date,
            @RequestParam(required = false) String month, Model model) {
        if (team != null && !team.equals(code)) {
            return "redirect:" + UriComponentsBuilder.fromPath("/teams/{code}/attendance")
                    .queryParamIfPresent("view", Optional.ofNullable(view))
                    .queryParamIfPresent("date", Optional.ofNullable(date))
                    .queryParamIfPresent("month", Optional.ofNullable(month))
                    .buildAndExpand(team).encode().toUriString();
        }
        List<Team> all = teams.all();
        Team shown = all.stream().filter(candidate -> candidate.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "organization.team.unknown",
                        "No such team", code));
        LocalDate today = SamplePartitions.dayOf(clock.instant());
        boolean monthly = "month".equals(view);
        LocalDate day = parsedDate(date, today);
        YearMonth period = parsedMonth(month, YearMonth.from(day));
        model.addAttribute("teams", all);
        model.addAttribute("team", shown);
        model.addAttribute("monthly", monthly);
        model.addAttribute("date", day);
        model.addAttribute("month", period);
        if (monthly) {
            model.addAttribute("sheet", attendance.ofTeamMonth(shown.code(), period));
        } else {
            model.addAttribute("sheet", attendance.ofTeam(shown.code(), day));
        }
        return "organization/attendance";
    }

    private static LocalDate parsedDate(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return fallback;
        }
    }

    private static YearMonth parsedMonth(String text, YearMonth fallback) {
        try {
            return text == null || text.isBlank() ? fallback : YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return fallback;
        }
    }
}
