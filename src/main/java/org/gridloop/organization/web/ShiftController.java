package org.gridloop.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.organization.internal.ShiftManagement;
import org.gridloop.organization.internal.ShiftManagement.Schedule;
import org.gridloop.organization.internal.ShiftManagement.ScheduleForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The shift schedules (排班) of the inspector teams; administrators replace them. */
@RestController
@Tag(name = "Teams")
class ShiftController {

    private final ShiftManagement shifts;

    ShiftController(ShiftManagement shifts) {
        this.shifts = shifts;
    }

    @Operation(summary = "A team's shift schedule",
            description = "Periods per weekday in Asia/Shanghai, and whether they apply on working days of the "
                    + "working calendar only.")
    @GetMapping("/api/v1/teams/{code}/shifts")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'LEADER', 'SHIFT_SUPERVISOR')")
    Schedule schedule(@PathVariable String code) {
        return shifts.find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
    }

    @Operation(summary = "Replace a team's shift schedule",
            description = "periods: [{weekday: monday…sunday, start: HH:mm, end: HH:mm}], not overlapping within a "
                    + "weekday; workingDaysOnly (default true); version: the version read (409 when changed meanwhile).")
    @PutMapping("/api/v1/teams/{code}/shifts")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Schedule replace(@PathVariable String code, @RequestBody ScheduleForm form) {
        return shifts.replace(code, form);
    }
}
