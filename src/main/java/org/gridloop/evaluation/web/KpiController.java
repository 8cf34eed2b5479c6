package org.gridloop.evaluation.web;

import java.time.OffsetDateTime;

import org.gridloop.evaluation.HeadlineFigures;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.HeadlineQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The headline figures (领导看板指标) of a period, for the posts that steer the platform
 * (ADR 0049).
 */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "Evaluation")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class KpiController {

    /** The figures as the API shows them; {@code from} and {@code to} in Asia/Shanghai. */
    record Kpis(String period, OffsetDateTime from, OffsetDateTime to, long reports, long inspectorReports,
            long registered, Double foundByInspectorsRate, Double dispatchAccuracy, Double closingRate,
            Double averageHandlingHours, Double averageHandlingWorkingHours, long overdueNow) {

        static Kpis of(HeadlineFigures f) {
            return new Kpis(f.period().text(), OffsetDateTime.ofInstant(f.period().from(), Period.ZONE),
                    OffsetDateTime.ofInstant(f.period().to(), Period.ZONE), f.reports(), f.inspectorReports(),
                    f.registered(), f.foundByInspectorsRate(), f.dispatchAccuracy(), f.closingRate(),
                    f.averageHandlingHours(), f.averageHandlingWorkingHours(), f.overdueNow());
        }
    }

    private final HeadlineQueries queries;

    KpiController(HeadlineQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The headline figures of a period",
            description = "period: a day 2026-03-02, an ISO week 2026-W10, a month 2026-03, a quarter 2026-Q1, "
                    + "a year 2026, or dates 2026-01-01..2026-03-31 (inclusive), in Asia/Shanghai. Rates are "
                    + "fractions, null when there was nothing to count; overdueNow is counted now, whatever the period.")
    @GetMapping
    Kpis get(@RequestParam(required = false) String period) {
        return Kpis.of(queries.of(Period.parse(period)));
    }
}
