package org.gridloop.benchmark;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.gridloop.GridloopApplication;
import org.gridloop.timing.Supervision;
import org.gridloop.timing.Supervision.ScanResult;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the supervision scan over many open cases in the embedded PostgreSQL: the
 * application with the demo district, {@code cases} open cases whose handling clocks reach red
 * spread over the coming weeks so that {@code overduePercent} of them are red now (and a little
 * more are yellow), then the scan that raises their due-soon and overdue alerts with an urge
 * notice each, measured {@code runs} times from the same state. Then a scan with nothing new
 * (the steady state, every 30 s), and as the baseline in the same database the bare
 * {@code UPDATE} that marks the same clocks alerted without claiming, notices or events.
 *
 * <p>Arguments: {@code cases} (default 1,000,000), {@code overduePercent} (default 1),
 * {@code runs} (default 5).
 */
public final class OverdueScanBenchmark {

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double overduePercent = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--gridloop.timing.scan-batch=1000",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Supervision supervision = context.getBean(Supervision.class);
            Instant now = Instant.now();
            long started = System.nanoTime();
            insertOpenCases(jdbc, cases, overduePercent, now);
            System.out.printf("Inserted %,d open cases in %.1f s%n", cases, (System.nanoTime() - started) / 1e9);

            List<Double> bursts = new ArrayList<>();
            List<Double> quiet = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            ScanResult[] last = new ScanResult[1];
            long[] notices = new long[1];
            for (int run = 0; run < runs; run++) {
                reset(jdbc);
                bursts.add(seconds(() -> {
                    last[0] = supervision.scan();
                    return last[0].overdue();
                }));
                notices[0] = jdbc.sql("SELECT count(*) FROM timing_urge_notice").query(Long.class).single();
                quiet.add(seconds(() -> supervision.scan().overdue()));
                reset(jdbc);
                baseline.add(seconds(() -> jdbc.sql("""
                        UPDATE casework_case SET stage_alert = 2
                        WHERE stage_alert < 2 AND stage_paused_at IS NULL AND stage_red_at <= :now""")
                        .param("now", Timestamp.from(now)).update()));
            }
            System.out.printf("""
                    Supervision scan over %,d open cases (%s %% overdue), %d runs:
                      due soon raised per scan %,d, overdue %,d, urge notices written %,d
                      scan with the burst: median %.3f s (runs %s)
                      scan with nothing new: median %.3f s (runs %s)
                      baseline, bare UPDATE of the same clocks: median %.3f s (runs %s)
                      scan/baseline ratio %.2f%n""", cases, overduePercent, runs, last[0].dueSoon(), last[0].overdue(),
                    notices[0],
                    median(bursts), bursts, median(quiet), quiet, median(baseline), baseline,
                    median(bursts) / median(baseline));
        } finally {
            context.close();
        }
    }

    /**
     * Open cases in handling whose red instant lies between one percent of the spread before now
     * and the weeks after, so that {@code overduePercent} of them are red now.
     */
    private static void insertOpenCases(JdbcClient jdbc, int cases, double overduePercent, Instant now) {
        long spreadMinutes = 100_000;
        long overdueMinutes = Math.round(spreadMinutes * overduePercent / 100);
        jdbc.sql("""
                INSERT INTO casework_case (number, version, status, kind, scheme, category_code, category_name,
                    latitude, longitude, description, channel, reported_at, updated_at, department_code,
                    subdistrict_code, stage, stage_started_at, stage_yellow_at, stage_red_at, stage_due_at,
                    stage_natural)
                SELECT '9000' || lpad(g::text, 8, '0'), 0, 'DISPATCHED', 'INCIDENT', 'GB/T 47678.5-2026', '01001',
                    '供水井盖', 22.7, 114.2, 'benchmark', 'INSPECTOR', :now, :now, 'water', '440307001', 'HANDLE',
                    red - interval '5 hours', red - interval '1 hour', red, red, false
                FROM generate_series(1, :cases) g,
                     LATERAL (SELECT CAST(:now AS timestamptz)
                         + make_interval(mins => CAST(CAST(g AS bigint) * 7919 % :spread - :overdue AS integer)) AS red) clock""")
                .param("now", Timestamp.from(now)).param("cases", cases).param("spread", spreadMinutes)
                .param("overdue", overdueMinutes)
                .update();
        jdbc.sql("ANALYZE casework_case").update();
    }

    private static void reset(JdbcClient jdbc) {
        jdbc.sql("UPDATE casework_case SET stage_alert = 0 WHERE stage_alert > 0").update();
        jdbc.sql("DELETE FROM timing_urge_notice").update();
        jdbc.sql("VACUUM ANALYZE casework_case").update();
    }

    private static double seconds(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private OverdueScanBenchmark() {
    }
}
