package org.gridloop.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.organization.internal.AttendanceDays;
import org.gridloop.organization.internal.AttendanceDays.Reckoning;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The kept attendance days (ADR 0058), reckoned again on an administrator's request. */
@RestController
@Tag(name = "Teams")
class AttendanceDayController {

    private final AttendanceDays days;

    AttendanceDayController(AttendanceDays days) {
        this.days = days;
    }

    @Operation(summary = "Reckon the kept attendance days from from to to (yyyy-MM-dd, both included)",
            description = "Replaces the days' rows, so reckoning again never counts twice. The days must be over, "
                    + "at most " + AttendanceDays.MAX_DAYS + " of them, and still hold their position samples.")
    @PostMapping("/api/v1/attendance/days")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Reckoning reckon(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        return days.reckon(first, last);
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField(field, "organization.attendance.days.date", "a date as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField(field, "organization.attendance.days.date", "a date as yyyy-MM-dd");
        }
    }
}
