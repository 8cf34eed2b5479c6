package org.gridloop.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.organization.internal.Attendance;
import org.gridloop.organization.internal.DayAttendance;
import org.gridloop.organization.internal.SamplePartitions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance (考勤) over the API: an inspector's day, and a team's day or month, with the on-duty
 * rate (在岗率) and patrol coverage as fractions from 0 to 1.
 */
@RestController
@Tag(name = "Teams")
class AttendanceController {

    private final Attendance attendance;
    private final Clock clock;

    AttendanceController(Attendance attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
    }

    @Operation(summary = "An inspector's attendance on a day (today by default)",
            description = "For administrators, leaders, shift supervisors and the inspector themself.")
    @GetMapping("/api/v1/inspectors/{username}/attendance")
    @PreAuthorize("isAuthenticated()")
    DayAttendance inspector(@PathVariable String username, @RequestParam(required = false) String date, Actor actor) {
        if (!actor.username().equals(username) && !seesAttendance(actor)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "organization.attendance.forbidden",
                    "Only the command posts and the inspector see an inspector's attendance");
        }
        return attendance.ofInspector(username, date(date));
    }

    @Operation(summary = "A team's attendance on a day (date=yyyy-MM-dd, today by default) or over a month "
            + "(month=yyyy-MM)", description = "One row per active member, with the team's totals.")
    @GetMapping("/api/v1/teams/{code}/attendance")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'LEADER', 'SHIFT_SUPERVISOR')")
    Object team(@PathVariable String code, @RequestParam(required = false) String date,
            @RequestParam(required = false) String month) {
        if (month != null && date != null) {
            throw DomainException.invalidField("month", "organization.attendance.date-or-month",
                    "a date or a month, not both");
        }
        return month != null ? attendance.ofTeamMonth(code, month(month)) : attendance.ofTeam(code, date(date));
    }

    static boolean seesAttendance(Actor actor) {
        return actor.holds(Post.ADMINISTRATOR) || actor.holds(Post.LEADER) || actor.holds(Post.SHIFT_SUPERVISOR);
    }

    LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return SamplePartitions.dayOf(clock.instant());
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField("date", "organization.attendance.date", "a date as yyyy-MM-dd");
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField("month", "organization.attendance.month", "a month as yyyy-MM");
        }
    }
}
