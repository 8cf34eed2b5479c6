package org.gridloop.benchmark;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gridloop.GridloopApplication;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.HeadlineQueries;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.gridloop.organization.TeamDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the scorecards over a year of cases in the embedded PostgreSQL: the application
 * with the demo district, {@code cases} cases (default 1,000,000) spread evenly over 2026 written
 * straight into the evaluation read model with eight steps each (report, accept, register,
 * dispatch, handling report, check request, check, close; one dispatch in 25 returned, one case
 * in 50 discarded, one in ten from the hotline), then {@code runs} times (default 5) all ten
 * scorecards of 2026-Q2 and the headline figures of the quarter. The baseline, in the same
 * database and run: two hand-written aggregates, the registered cases by subdistrict and the
 * quarter's steps by actor, which is the least any scorecard of regions and posts must read.
 */
public final class ScorecardBenchmark {

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long started = System.nanoTime();
            insert(context, jdbc, cases);
            System.out.printf("Inserted %,d cases and %,d steps in %.1f s%n", cases, cases * 8L,
                    (System.nanoTime() - started) / 1e9);
            Scorecards scorecards = context.getBean(Scorecards.class);
            HeadlineQueries headlines = context.getBean(HeadlineQueries.class);
            Period quarter = Period.parse("2026-Q2");
            List<Double> all = new ArrayList<>();
            List<Double> together = new ArrayList<>();
            List<Double> figures = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<List<Double>> each = new ArrayList<>();
            for (ScorecardObject object : ScorecardObject.values()) {
                each.add(new ArrayList<>());
            }
            long[] rows = new long[1];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                rows[0] = 0;
                for (ScorecardObject object : ScorecardObject.values()) {
                    each.get(object.ordinal()).add(seconds(() -> rows[0] += scorecards.of(object, quarter, Locale.CHINA)
                            .rows().size()));
                }
                all.add((System.nanoTime() - start) / 1e9);
                together.add(seconds(() -> scorecards.all(quarter, Locale.CHINA).size()));
                figures.add(seconds(() -> headlines.of(quarter).registered()));
                baseline.add(seconds(() -> baseline(jdbc, quarter)));
            }
            StringBuilder perObject = new StringBuilder();
            for (ScorecardObject object : ScorecardObject.values()) {
                perObject.append(String.format("    %-12s median %.3f s%n", object.path, median(each.get(object.ordinal()))));
            }
            System.out.printf("""
                    Scorecards of 2026-Q2 over %,d cases of 2026 (%,d rows in all ten), %d runs:
                      all ten scorecards together: median %.3f s (runs %s)
                      all ten scorecards one by one: median %.3f s (runs %s)
                    %s  headline figures of the quarter: median %.3f s (runs %s)
                      baseline, two hand-written aggregates: median %.3f s (runs %s)
                      together/baseline ratio %.2f, one-by-one/baseline ratio %.2f%n""", cases, rows[0], runs,
                    median(together), together, median(all), all, perObject, median(figures), figures,
                    median(baseline), baseline, median(together) / median(baseline), median(all) / median(baseline));
        } finally {
            context.close();
        }
    }

    private static void insert(ConfigurableApplicationContext context, JdbcClient jdbc, int cases) {
        String[] subdistricts = context.getBean(GridDirectory.class).subdistricts().stream().map(Subdistrict::code)
                .toArray(String[]::new);
        String[] departments = context.getBean(Departments.class).all().stream().map(Department::code)
                .toArray(String[]::new);
        String[] teams = context.getBean(TeamDirectory.class).teams().stream().map(TeamDirectory.TeamSummary::code)
                .toArray(String[]::new);
        Instant year = Instant.parse("2025-12-31T16:00:00Z");
        double spacing = 365.0 * 86_400 / cases;
        jdbc.sql("""
                INSERT INTO evaluation_case (number, kind, category_code, channel, reporter, team_code, subdistrict_code,
                    community_code, grid_code, status, self_handled, reported_at, registered_at, closed_at, closed_on_time,
                    discarded_at, department_code, dispatches, approved_returns, reworks, last_sequence)
                SELECT 'B' || lpad(g::text, 9, '0'), 'INCIDENT', '01001',
                    CASE WHEN g % 10 = 0 THEN 'HOTLINE' ELSE 'INSPECTOR' END,
                    CASE WHEN g % 10 = 0 THEN NULL ELSE 'i' || (g % 773) END,
                    CASE WHEN g % 10 = 0 THEN NULL ELSE (:teams)[g % cardinality(:teams) + 1] END,
                    (:subdistricts)[g % cardinality(:subdistricts) + 1], 'c' || (g % 100),
                    '440307001' || lpad((g % 2690 / 100 + 1)::text, 3, '0') || lpad((g % 2690 % 100 + 1)::text, 3, '0'),
                    CASE WHEN g % 50 = 0 THEN 'DISCARDED' ELSE 'CLOSED' END, false,
                    t, t + interval '20 minutes', CASE WHEN g % 50 = 0 THEN NULL ELSE t + interval '1 day' END,
                    CASE WHEN g % 50 = 0 THEN NULL ELSE g % 7 <> 0 END,
                    CASE WHEN g % 50 = 0 THEN t + interval '1 hour' END,
                    (:departments)[g % cardinality(:departments) + 1], 1, 0, 0, 8
                FROM generate_series(1, :cases) g,
                     LATERAL (SELECT CAST(:year AS timestamptz) + make_interval(secs => g * :spacing) AS t) at""")
                .param("teams", teams).param("subdistricts", subdistricts).param("departments", departments)
                .param("cases", cases).param("year", Timestamp.from(year)).param("spacing", spacing).update();
        jdbc.sql("""
                INSERT INTO evaluation_step (number, sequence, action, at, actor, post, actor_team, department_code,
                    task_department, inspector, outcome, stage_ended, on_time, returned, kept, handled_at, handled_on_time)
                SELECT c.number, s.sequence, s.action, c.reported_at + s.after,
                    CASE s.post WHEN 'INSPECTOR' THEN COALESCE(c.reporter, 'i7') WHEN 'INTAKE_OPERATOR' THEN 'op' || (n % 20)
                        WHEN 'SHIFT_SUPERVISOR' THEN 'sv' || (n % 8) WHEN 'DISPATCHER' THEN 'dp' || (n % 8)
                        ELSE 'handler-' || c.department_code END,
                    s.post, CASE WHEN s.post = 'INSPECTOR' THEN c.team_code END,
                    CASE WHEN s.action IN ('DISPATCH', 'REPORT_HANDLED') THEN c.department_code END,
                    CASE WHEN s.sequence >= 4 THEN c.department_code END, NULL,
                    CASE WHEN s.action = 'CHECK' THEN 'PASSED' END, s.stage, n % 9 <> 0,
                    CASE WHEN s.action = 'DISPATCH' THEN n % 25 = 0 END,
                    CASE WHEN s.action = 'REGISTER' THEN n % 50 <> 0 END,
                    CASE WHEN s.action = 'DISPATCH' THEN c.reported_at + interval '5 hours' END,
                    CASE WHEN s.action = 'DISPATCH' THEN n % 6 <> 0 END
                FROM (SELECT number, reporter, team_code, department_code, reported_at,
                             substr(number, 2)::int AS n FROM evaluation_case WHERE number LIKE 'B%') c
                CROSS JOIN (VALUES (1, 'SUBMIT', 'INSPECTOR', interval '0', NULL),
                                   (2, 'ACCEPT', 'INTAKE_OPERATOR', interval '10 minutes', 'ACCEPT'),
                                   (3, 'REGISTER', 'SHIFT_SUPERVISOR', interval '20 minutes', 'REGISTER'),
                                   (4, 'DISPATCH', 'DISPATCHER', interval '30 minutes', 'DISPATCH'),
                                   (5, 'REPORT_HANDLED', 'DEPARTMENT_HANDLER', interval '5 hours', 'HANDLE'),
                                   (6, 'REQUEST_CHECK', 'INTAKE_OPERATOR', interval '5 hours 10 minutes', 'REQUEST_CHECK'),
                                   (7, 'CHECK', 'INSPECTOR', interval '5 hours 30 minutes', 'CHECK'),
                                   (8, 'CLOSE', 'SHIFT_SUPERVISOR', interval '1 day', 'CLOSE'))
                     AS s (sequence, action, post, after, stage)""").update();
        jdbc.sql("VACUUM ANALYZE evaluation_case").update();
        jdbc.sql("VACUUM ANALYZE evaluation_step").update();
    }

    private static long baseline(JdbcClient jdbc, Period period) {
        Timestamp from = Timestamp.from(period.from());
        Timestamp to = Timestamp.from(period.to());
        long rows = jdbc.sql("""
                SELECT subdistrict_code, count(*), count(*) FILTER (WHERE closed_at < :to) FROM evaluation_case
                WHERE registered_at >= :from AND registered_at < :to GROUP BY 1""")
                .param("from", from).param("to", to).query().listOfRows().size();
        rows += jdbc.sql("SELECT actor, count(*) FROM evaluation_step WHERE at >= :from AND at < :to GROUP BY 1")
                .param("from", from).param("to", to).query().listOfRows().size();
        return rows;
    }

    private static double seconds(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
