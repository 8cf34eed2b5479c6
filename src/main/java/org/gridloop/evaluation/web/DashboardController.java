package org.gridloop.evaluation.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.DashboardQueries;
import org.gridloop.evaluation.internal.DashboardQueries.CategoryShare;
import org.gridloop.evaluation.internal.DashboardQueries.GridCount;
import org.gridloop.evaluation.internal.LiveScreens;
import org.gridloop.evaluation.internal.TrendUnit;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The charts of the leaders' dashboard (领导看板) and the live figures of the command center's
 * big screen (监督指挥大屏), for the posts that read the headline figures (ADR 0053).
 */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Evaluation")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class DashboardController {

    private static final String PERIOD = "period: a day 2026-03-02, an ISO week 2026-W10, a month 2026-03, a quarter "
            + "2026-Q1, a year 2026, or dates 2026-01-01..2026-03-31 (inclusive), in Asia/Shanghai. ";

    record Trend(String period, OffsetDateTime from, OffsetDateTime to, String by, List<Bucket> buckets) {
    }

    record Bucket(String bucket, OffsetDateTime from, OffsetDateTime to, long reports, long registered, long closed) {
    }

    record Categories(String period, OffsetDateTime from, OffsetDateTime to, long registered,
            List<CategoryShare> categories) {
    }

    record Hotspots(String period, OffsetDateTime from, OffsetDateTime to, long registered, List<GridCount> grids) {
    }

    private final DashboardQueries queries;
    private final LiveScreens screens;

    DashboardController(DashboardQueries queries, LiveScreens screens) {
        this.queries = queries;
        this.screens = screens;
    }

    @Operation(summary = "Reports, registrations and closings per day, week or month of a period",
            description = PERIOD + "by: day, week (ISO, Monday first) or month; every bucket the period meets is "
                    + "listed, empty ones too, named like a period and cut to the period at its ends.")
    @GetMapping("/trend")
    Trend trend(@RequestParam(required = false) String period, @RequestParam(required = false) String by) {
        TrendUnit unit = TrendUnit.parse(by);
        DashboardQueries.Trend trend = queries.trend(Period.parse(period), unit);
        return new Trend(trend.period().text(), local(trend.period().from()), local(trend.period().to()),
                unit.name().toLowerCase(Locale.ROOT), trend.buckets().stream()
                        .map(b -> new Bucket(b.name(), local(b.from()), local(b.to()), b.reports(), b.registered(),
                                b.closed()))
                        .toList());
    }

    @Operation(summary = "The categories of the cases registered in a period, most first (Pareto)",
            description = PERIOD + "Each category with its kind, code, names in the active scheme, registered "
                    + "cases, share and cumulative share (fractions).")
    @GetMapping("/categories")
    Categories categories(@RequestParam(required = false) String period) {
        DashboardQueries.Pareto pareto = queries.categories(Period.parse(period));
        return new Categories(pareto.period().text(), local(pareto.period().from()), local(pareto.period().to()),
                pareto.registered(), pareto.categories());
    }

    @Operation(summary = "The unit grids of the cases registered in a period, most first (hotspots)",
            description = PERIOD + "Each grid by the code its cases were reported under; draw them with "
                    + "GET /api/v1/map/grids.")
    @GetMapping("/hotspots")
    Hotspots hotspots(@RequestParam(required = false) String period) {
        DashboardQueries.Hotspots hotspots = queries.hotspots(Period.parse(period));
        return new Hotspots(hotspots.period().text(), local(hotspots.period().from()),
                local(hotspots.period().to()), hotspots.registered(), hotspots.grids());
    }

    @Operation(summary = "Server-sent events: 'figures' with the big screen's figures",
            description = "The first event comes at once, then one whenever cases change on any node, at most "
                    + "one a second; a comment every 15 s keeps the stream open.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return screens.open();
    }

    private static OffsetDateTime local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, Period.ZONE);
    }
}
