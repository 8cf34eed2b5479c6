package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.gridloop.evaluation.HeadlineFigures;
import org.gridloop.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the {@link HeadlineFigures} with one aggregate per figure over the read model, each on
 * an index of the step or date it counts by.
 */
@Service
public class HeadlineQueries {

    private static final String REPORTS = """
            SELECT count(*) AS reports, count(*) FILTER (WHERE channel = 'INSPECTOR') AS inspector_reports
            FROM evaluation_case WHERE reported_at >= :from AND reported_at < :to""";

    private static final String REGISTERED = """
            SELECT count(*) AS registered, count(*) FILTER (WHERE channel = 'INSPECTOR') AS by_inspectors,
                count(*) FILTER (WHERE discarded_at IS NULL OR discarded_at >= :to) AS due,
                count(*) FILTER (WHERE closed_at < :to) AS closed
            FROM evaluation_case WHERE registered_at >= :from AND registered_at < :to""";

    private static final String DISPATCHES = """
            SELECT count(*) AS dispatches, count(*) FILTER (WHERE NOT returned) AS accurate
            FROM evaluation_step WHERE action = 'DISPATCH' AND at >= :from AND at < :to""";

    private static final String HANDLING = """
            SELECT (avg(handling_seconds) / 3600)::float8 AS hours, (avg(handling_working_seconds) / 3600)::float8 AS working
            FROM (SELECT DISTINCT ON (number) handling_seconds, handling_working_seconds FROM evaluation_step
                  WHERE action = 'REPORT_HANDLED' AND at >= :from AND at < :to ORDER BY number, sequence DESC) last""";

    private static final String OVERDUE = """
            SELECT count(*) FROM evaluation_case
            WHERE status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED')
              AND (stage_red_at <= COALESCE(stage_paused_at, :now) OR case_red_at <= COALESCE(case_paused_at, :now))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    HeadlineQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public HeadlineFigures of(Period period) {
        Map<String, Object> range = Map.of("from", Timestamp.from(period.from()), "to", Timestamp.from(period.to()));
        long[] reports = jdbc.sql(REPORTS).params(range)
                .query((rs, n) -> new long[] {rs.getLong("reports"), rs.getLong("inspector_reports")}).single();
        long[] registered = jdbc.sql(REGISTERED).params(range).query((rs, n) -> new long[] {rs.getLong("registered"),
                rs.getLong("by_inspectors"), rs.getLong("due"), rs.getLong("closed")}).single();
        long[] dispatches = jdbc.sql(DISPATCHES).params(range)
                .query((rs, n) -> new long[] {rs.getLong("dispatches"), rs.getLong("accurate")}).single();
        Double[] handling = jdbc.sql(HANDLING).params(range)
                .query((rs, n) -> new Double[] {(Double) rs.getObject("hours"), (Double) rs.getObject("working")})
                .single();
        long overdue = jdbc.sql(OVERDUE).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return new HeadlineFigures(period, reports[0], reports[1], registered[0],
                rate(registered[1], registered[0]), rate(dispatches[1], dispatches[0]),
                rate(registered[3], registered[2]), handling[0], handling[1], overdue);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
