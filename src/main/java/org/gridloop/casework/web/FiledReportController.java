package org.gridloop.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseSummary;
import org.gridloop.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports an inspector filed on a day, drawn along the inspector's track. */
@RestController
@Tag(name = "Cases")
class FiledReportController {

    /** A filed report as a marker: its case, when and where. */
    record FiledReport(String number, OffsetDateTime reportedAt, double lat, double lon, String categoryName,
            String status) {

        static FiledReport of(CaseSummary summary) {
            return new FiledReport(summary.number(), summary.reportedAt().atZone(ZONE).toOffsetDateTime(),
                    summary.latitude(), summary.longitude(), summary.categoryName(), summary.status().name());
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int LIMIT = 1_000;

    private final CaseQueries queries;
    private final Clock clock;

    FiledReportController(CaseQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "The cases an inspector reported on a day (today by default), within your scope",
            description = "Oldest first, at most 1,000.")
    @GetMapping("/api/v1/inspectors/{username}/reports")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'ADMINISTRATOR')")
    List<FiledReport> filed(@PathVariable String username, @RequestParam(required = false) String date, Actor actor) {
        LocalDate day = day(date);
        return queries.reportedBy(username, day.atStartOfDay(ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ZONE).toInstant(), actor, LIMIT).stream().map(FiledReport::of).toList();
    }

    private LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), ZONE);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField("date", "field.date", "a date as yyyy-MM-dd");
        }
    }
}
