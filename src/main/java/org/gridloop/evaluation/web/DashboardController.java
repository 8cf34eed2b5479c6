package org.gridloop.evaluation.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.DashboardQueries;
import org.gridloop.evaluation.internal.DashboardQueries.CategoryShare;
import org.gridloop.evaluation.internal.DashboardQueries.GridCount;
import org.gridloop.evaluation.internal.LiveScreens;
import org.gridloop.evaluation.internal.Scorecards;
import org.gridloop.evaluation.internal.TrendUnit;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The charts of the leaders' dashboard (领导看板) and the live figures of the command center's
 * big screen (监督指挥大屏), for the posts that read the headline figures (ADR 0053), and every
 * table of the dashboard as .xlsx or CSV (ADR 0055).
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

    private static final String EXPORT = "format: xlsx (default) or csv; headers in the user's language, counts "
            + "as whole numbers and shares as percentages. ";

    private final DashboardQueries queries;
    private final LiveScreens screens;
    private final Scorecards scorecards;
    private final MessageSource messages;

    DashboardController(DashboardQueries queries, LiveScreens screens, Scorecards scorecards,
            MessageSource messages) {
        this.queries = queries;
        this.screens = screens;
        this.scorecards = scorecards;
        this.messages = messages;
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

    @Operation(summary = "The trend as a spreadsheet", description = PERIOD + "by as for the trend. " + EXPORT
            + "One line per bucket: its name, first and last day, reports, registrations and closings.")
    @GetMapping("/trend/export")
    void trendExport(@RequestParam(required = false) String period, @RequestParam(required = false) String by,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        TrendUnit unit = TrendUnit.parse(by);
        DashboardQueries.Trend trend = queries.trend(Period.parse(period), unit);
        List<Map<String, Object>> lines = trend.buckets().stream().map(bucket -> line(
                "bucket", bucket.name(), "from", day(bucket.from()), "to", day(bucket.to()).minusDays(1),
                "reports", bucket.reports(), "registered", bucket.registered(), "closed", bucket.closed())).toList();
        String name = "dashboard-trend-" + TableExport.fileSafe(trend.period().text()) + "-"
                + unit.name().toLowerCase(Locale.ROOT);
        new TableExport(name, "trend", columns(locale, "bucket", "from", "to", "reports", "registered", "closed"),
                lines, 1).send(format, response);
    }

    @Operation(summary = "The categories (Pareto) as a spreadsheet", description = PERIOD + EXPORT
            + "One line per category, most first: kind, code, major and minor class, registered cases, share "
            + "and cumulative share.")
    @GetMapping("/categories/export")
    void categoriesExport(@RequestParam(required = false) String period,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        DashboardQueries.Pareto pareto = queries.categories(Period.parse(period));
        List<Map<String, Object>> lines = pareto.categories().stream().map(category -> line(
                "kind", messages.getMessage("catalog.kind." + category.kind().name(), null, locale),
                "code", category.code(), "majorName", category.majorName(), "name", category.name(),
                "registered", category.registered(), "share", category.share(),
                "cumulativeShare", category.cumulativeShare())).toList();
        new TableExport("dashboard-categories-" + TableExport.fileSafe(pareto.period().text()), "categories",
                columns(locale, "kind", "code", "majorName", "name", "registered", "share", "cumulativeShare"), lines,
                2).send(format, response);
    }

    @Operation(summary = "The hotspot grids as a spreadsheet", description = PERIOD + EXPORT
            + "One line per unit grid, most cases first: its code and registered cases.")
    @GetMapping("/hotspots/export")
    void hotspotsExport(@RequestParam(required = false) String period,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        DashboardQueries.Hotspots hotspots = queries.hotspots(Period.parse(period));
        List<Map<String, Object>> lines = hotspots.grids().stream()
                .map(grid -> line("grid", grid.code(), "registered", grid.registered())).toList();
        new TableExport("dashboard-hotspots-" + TableExport.fileSafe(hotspots.period().text()), "hotspots",
                columns(locale, "grid", "registered"), lines, 1).send(format, response);
    }

    @Operation(summary = "A ranking of the dashboard as a spreadsheet",
            description = "object: subdistricts or departments. " + PERIOD + EXPORT + "One line per unit in the "
                    + "order of its scorecard (GET /api/v1/scorecards/{object}): place (none without a score), code, "
                    + "name, the key count and rates, score and grade.")
    @GetMapping("/rankings/{object}/export")
    void rankingExport(@PathVariable String object, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        Ranking ranking = Ranking.of(scorecards.of(Ranking.object(object), Period.parse(period), locale));
        ranking.export(messages, locale).send(format, response);
    }

    @Operation(summary = "Server-sent events: 'figures' with the big screen's figures",
            description = "The first event comes at once, then one whenever cases change on any node, at most "
                    + "one a second; a comment every 15 s keeps the stream open.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return screens.open();
    }

    private List<TableExport.Column> columns(Locale locale, String... fields) {
        return Arrays.stream(fields).map(field -> new TableExport.Column(field,
                messages.getMessage("dashboard.column." + field, null, locale), format(field))).toList();
    }

    /** How a column of the dashboard's tables is shown: counts, shares as percentages, the rest as text. */
    private static ColumnFormat format(String field) {
        return switch (field) {
            case "reports", "registered", "closed" -> ColumnFormat.COUNT;
            case "share", "cumulativeShare" -> ColumnFormat.PERCENT;
            default -> ColumnFormat.TEXT;
        };
    }

    /** A line of an export from its fields and values, in turn. */
    private static Map<String, Object> line(Object... fieldsAndValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            line.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return line;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Period.ZONE).toLocalDate();
    }

    private static OffsetDateTime local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, Period.ZONE);
    }
}
