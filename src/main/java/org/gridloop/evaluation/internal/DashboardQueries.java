package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the leaders' dashboard (领导看板) for a period, each one aggregate over the read
 * model: the trend of reports, registrations and closings, the categories of the registered cases
 * (Pareto), and the unit grids they were registered in (hotspots).
 */
@Service
public class DashboardQueries {

    /** Reports by reporting time, registrations by first registration, closings by their close step. */
    private static final String TREND = """
            SELECT (date_trunc(CAST(:unit AS text), t AT TIME ZONE 'Asia/Shanghai'))::date AS bucket,
                count(*) FILTER (WHERE what = 'R') AS reports, count(*) FILTER (WHERE what = 'G') AS registered,
                count(*) FILTER (WHERE what = 'C') AS closed
            FROM (SELECT reported_at AS t, 'R' AS what FROM evaluation_case WHERE reported_at >= :from AND reported_at < :to
                  UNION ALL
                  SELECT registered_at, 'G' FROM evaluation_case WHERE registered_at >= :from AND registered_at < :to
                  UNION ALL
                  SELECT at, 'C' FROM evaluation_step WHERE action = 'CLOSE' AND at >= :from AND at < :to) counted
            GROUP BY 1""";

    private static final String CATEGORIES = """
            SELECT kind, category_code, count(*) AS registered FROM evaluation_case
            WHERE registered_at >= :from AND registered_at < :to
            GROUP BY kind, category_code ORDER BY registered DESC, kind, category_code""";

    private static final String GRIDS = """
            SELECT grid_code, count(*) AS registered FROM evaluation_case
            WHERE registered_at >= :from AND registered_at < :to AND grid_code IS NOT NULL
            GROUP BY grid_code ORDER BY registered DESC, grid_code""";

    /** A trend: one bucket for every day, week or month the period meets, empty ones included. */
    public record Trend(Period period, TrendUnit unit, List<TrendBucket> buckets) {
    }

    /**
     * One bucket of a trend.
     *
     * @param name       the whole bucket as a period ({@code 2026-W10})
     * @param from       where the bucket starts, or the period if it starts later
     * @param to         where the bucket ends, or the period if it ends sooner
     * @param reports    cases reported in the bucket
     * @param registered cases first registered in the bucket
     * @param closed     cases closed in the bucket
     */
    public record TrendBucket(String name, Instant from, Instant to, long reports, long registered, long closed) {
    }

    /** The categories of the cases registered in a period, most first (a Pareto chart). */
    public record Pareto(Period period, long registered, List<CategoryShare> categories) {
    }

    /**
     * One category's share.
     *
     * @param name            the class's name in the active scheme, {@code null} if it has none
     * @param share           its registered cases over all of the period's
     * @param cumulativeShare the share of this category and all before it
     */
    public record CategoryShare(CategoryKind kind, String code, String name, String majorName, long registered,
            double share, double cumulativeShare) {
    }

    /** The unit grids the period's cases were registered in, most first. */
    public record Hotspots(Period period, long registered, List<GridCount> grids) {
    }

    /** The cases registered in one unit grid (the grid code the case was reported under). */
    public record GridCount(String code, long registered) {
    }

    private final JdbcClient jdbc;
    private final Categories categories;

    DashboardQueries(JdbcClient jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    /**
     * The trend of the period by the unit.
     *
     * @throws DomainException INVALID on {@code by} when the period holds more than
     *                         {@value TrendUnit#MAX_BUCKETS} buckets of the unit
     */
    @Transactional(readOnly = true)
    public Trend trend(Period period, TrendUnit unit) {
        LocalDate first = period.from().atZone(Period.ZONE).toLocalDate();
        LocalDate after = period.to().atZone(Period.ZONE).toLocalDate();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = unit.start(first); start.isBefore(after); start = unit.next(start)) {
            if (starts.size() == TrendUnit.MAX_BUCKETS) {
                throw DomainException.invalidField("by", "evaluation.trend.tooMany",
                        "The period holds more than " + TrendUnit.MAX_BUCKETS + " buckets: choose a longer one");
            }
            starts.add(start);
        }
        Map<LocalDate, long[]> counted = new HashMap<>();
        jdbc.sql(TREND).params(range(period)).param("unit", unit.field()).query(rs -> {
            counted.put(rs.getObject("bucket", LocalDate.class),
                    new long[] {rs.getLong("reports"), rs.getLong("registered"), rs.getLong("closed")});
        });
        List<TrendBucket> buckets = new ArrayList<>(starts.size());
        for (LocalDate start : starts) {
            long[] counts = counted.getOrDefault(start, new long[3]);
            Instant from = max(start.atStartOfDay(Period.ZONE).toInstant(), period.from());
            Instant to = min(unit.next(start).atStartOfDay(Period.ZONE).toInstant(), period.to());
            buckets.add(new TrendBucket(unit.name(start), from, to, counts[0], counts[1], counts[2]));
        }
        return new Trend(period, unit, List.copyOf(buckets));
    }

    /** The categories of the cases registered in the period, most first, ties by kind and code. */
    @Transactional(readOnly = true)
    public Pareto categories(Period period) {
        record Row(CategoryKind kind, String code, long registered) {
        }
        List<Row> rows = jdbc.sql(CATEGORIES).params(range(period)).query((rs, n) -> new Row(
                CategoryKind.valueOf(rs.getString("kind")), rs.getString("category_code"), rs.getLong("registered")))
                .list();
        long total = rows.stream().mapToLong(Row::registered).sum();
        List<CategoryShare> shares = new ArrayList<>(rows.size());
        long running = 0;
        for (Row row : rows) {
            running += row.registered();
            Category category = categories.find(row.kind(), row.code()).orElse(null);
            shares.add(new CategoryShare(row.kind(), row.code(), category == null ? null : category.name(),
                    category == null ? null : category.majorName(), row.registered(),
                    (double) row.registered() / total, (double) running / total));
        }
        return new Pareto(period, total, List.copyOf(shares));
    }

    /** The unit grids of the cases registered in the period, most first, ties by code. */
    @Transactional(readOnly = true)
    public Hotspots hotspots(Period period) {
        List<GridCount> grids = jdbc.sql(GRIDS).params(range(period))
                .query((rs, n) -> new GridCount(rs.getString("grid_code"), rs.getLong("registered"))).list();
        return new Hotspots(period, grids.stream().mapToLong(GridCount::registered).sum(), grids);
    }

    private static Map<String, Object> range(Period period) {
        return Map.of("from", Timestamp.from(period.from()), "to", Timestamp.from(period.to()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
