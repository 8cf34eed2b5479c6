package org.gridloop.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.gridloop.GridloopApplication;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of report intake over HTTP: the application with its embedded PostgreSQL and
 * the demo district, inspectors posting JSON reports at a fixed rate (open loop: latency counts
 * from the moment a request was due, so a stalled server cannot hide its queue). Then, in the
 * same run and database, the raw ceiling: the same rows inserted by plain JDBC batches.
 *
 * <p>Arguments: {@code rate} (reports/s, default 1000), {@code seconds} (default 60),
 * {@code warmup} seconds (default 60: on two cores the JIT compiler needs about a minute of
 * load before it stops competing with the requests; the warm-up goes on while it is still
 * busy), {@code inspectors} (default 50).
 */
public final class ReportIntakeLoad {

    private static final int MAX_IN_FLIGHT = 256;
    /** Keep-alive connections, each with its own thread: twice the server's request threads. */
    private static final int CONNECTIONS = 64;
    /** Seconds of load added to the warm-up while the JIT compiler is still busy. */
    private static final int WARMUP_STEP = 10;
    /** Compilation time in one warm-up step (5 % of one core) below which the compiler counts as quiet. */
    private static final long QUIET_COMPILATION_MILLIS = 500;

    public static void main(String[] args) throws Exception {
        int rate = intArg(args, 0, 1000);
        int seconds = intArg(args, 1, 60);
        int warmup = intArg(args, 2, 60);
        int inspectors = intArg(args, 3, 50);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Fixture fixture = new Fixture(context, port, inspectors);
            warmUp(fixture, rate, warmup);
            System.out.printf("Run: %d s from %s%n", seconds, java.time.LocalTime.now());
            long compiledBefore = compilationMillis();
            Result result = run(fixture, rate, seconds, "run");
            System.out.println(result.describe(rate, seconds));
            System.out.printf("  JIT compiler during the run: %d ms%n", compilationMillis() - compiledBefore);
            long rows = result.succeeded;
            double ceiling = RawCeiling.insert(context.getBean(DataSource.class), rows);
            System.out.printf("Raw ceiling: %d cases + timeline entries by JDBC batches: %.0f rows/s%n", rows,
                    ceiling);
            System.out.printf("Intake/ceiling ratio: %.3f%n", result.throughput(seconds) / ceiling);
        } finally {
            context.close();
        }
    }

    /**
     * Runs the load for {@code warmup} seconds, then in steps of {@value #WARMUP_STEP} s while the
     * JIT compiler worked more than {@value #QUIET_COMPILATION_MILLIS} ms in the last step (at
     * most three times {@code warmup}): the measured minute should find the code compiled.
     */
    private static void warmUp(Fixture fixture, int rate, int warmup) throws InterruptedException {
        System.out.printf("Warm-up: %d s at %d reports/s%n", warmup, rate);
        run(fixture, rate, warmup, "warmup");
        int seconds = warmup;
        long step = Long.MAX_VALUE;
        while (seconds < 3 * warmup && step > QUIET_COMPILATION_MILLIS) {
            long before = compilationMillis();
            run(fixture, rate, WARMUP_STEP, "warmup-" + seconds);
            seconds += WARMUP_STEP;
            step = compilationMillis() - before;
            System.out.printf("  JIT compiler: %d ms in the last %d s%n", step, WARMUP_STEP);
        }
        System.out.printf("Warm-up: %d s in all%n", seconds);
    }

    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static Result run(Fixture fixture, int rate, int seconds, String phase) throws InterruptedException {
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLongArray worst = new AtomicLongArray(seconds + 1);
        AtomicLong failed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        BlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        CountDownLatch done = new CountDownLatch(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread worker = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(fixture.host, fixture.port)) {
                    for (Due job = queue.take(); job != Due.END; job = queue.take()) {
                        try {
                            KeepAliveConnection.Response response = connection.exchange(job.request);
                            if (response.status() == 201) {
                                long latency = System.nanoTime() - job.at;
                                latencies.add(latency);
                                worst.accumulateAndGet(job.second, latency, Math::max);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        } finally {
                            inFlight.release();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            worker.setDaemon(true);
            worker.start();
        }
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                refused.incrementAndGet();
                continue;
            }
            queue.add(new Due(due, (int) (i / rate), fixture.nextRequest(phase + "-" + i)));
        }
        for (int c = 0; c < CONNECTIONS; c++) {
            queue.add(Due.END);
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] worstMillis = new long[seconds];
        for (int second = 0; second < seconds; second++) {
            worstMillis[second] = Math.round(worst.get(second) / 1e6);
        }
        return new Result(sorted, worstMillis, failed.get(), refused.get(), elapsed, sorted.length);
    }

    /** A request and the instant it was due. */
    private record Due(long at, int second, byte[] request) {

        static final Due END = new Due(0, 0, new byte[0]);
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /**
     * @param worstMillis the slowest request of each second (by the second it was due in)
     */
    private record Result(long[] latencies, long[] worstMillis, long failed, long refused, long elapsedNanos, long succeeded) {

        double throughput(int seconds) {
            return succeeded / (elapsedNanos / 1e9);
        }

        long percentileMillis(double p) {
            if (latencies.length == 0) {
                return -1;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1);
            return Math.round(latencies[Math.max(0, index)] / 1e6);
        }

        String describe(int rate, int seconds) {
            return """
                    Report intake over HTTP: target %d reports/s for %d s
                      succeeded %d, failed %d, not sent (over %d in flight) %d
                      throughput %.0f reports/s
                      latency p50 %d ms, p90 %d ms, p99 %d ms, max %d ms""".formatted(rate, seconds, succeeded,
                    failed, MAX_IN_FLIGHT, refused, throughput(seconds), percentileMillis(50),
                    percentileMillis(90), percentileMillis(99), percentileMillis(100)) + slowSeconds();
        }

        /** The seconds whose slowest request took over 100 ms, to tell a steady queue from stalls. */
        private String slowSeconds() {
            StringBuilder slow = new StringBuilder();
            for (int second = 0; second < worstMillis.length; second++) {
                if (worstMillis[second] > 100) {
                    slow.append(slow.isEmpty() ? "" : ", ").append(second).append(": ").append(worstMillis[second]);
                }
            }
            return "\n  seconds with a request over 100 ms (second: slowest ms): "
                    + (slow.isEmpty() ? "none" : slow);
        }
    }

    /** Tokens of demo inspectors, classes and positions inside the grids for the reports. */
    private static final class Fixture {

        final String host = "localhost";
        final int port;
        private final KeepAliveConnection setup;
        private final String[] tokens;
        private final String[] codes;
        private final double[][] points;
        private final AtomicLong counter = new AtomicLong();

        Fixture(ConfigurableApplicationContext context, int port, int inspectors) throws Exception {
            this.port = port;
            setup = new KeepAliveConnection(host, port);
            List<String> usernames = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT username FROM identity_user WHERE 'INSPECTOR' = ANY(posts) ORDER BY username LIMIT :n")
                    .param("n", inspectors).query(String.class).list();
            tokens = new String[usernames.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = token(usernames.get(i));
            }
            setup.close();
            codes = context.getBean(Categories.class).active().stream()
                    .filter(category -> category.kind() == CategoryKind.INCIDENT).map(Category::code)
                    .toArray(String[]::new);
            GridLookup grids = context.getBean(GridLookup.class);
            Random random = new Random(42);
            List<double[]> inside = new ArrayList<>();
            while (inside.size() < 10_000) {
                double lat = 22.55 + random.nextDouble() * 0.30;
                double lon = 114.05 + random.nextDouble() * 0.55;
                if (grids.locate(lat, lon).isPresent()) {
                    inside.add(new double[] {lat, lon});
                }
            }
            points = inside.toArray(double[][]::new);
        }

        private String token(String username) throws IOException {
            String body = setup.exchange(setup.postJson("/api/v1/auth/token", null,
                    "{\"username\":\"%s\",\"password\":\"demo\"}".formatted(username))).body();
            int start = body.indexOf("\"token\":\"") + 9;
            return body.substring(start, body.indexOf('"', start));
        }

        byte[] nextRequest(String clientId) {
            long n = counter.getAndIncrement();
            double[] point = points[(int) (n % points.length)];
            String body = """
                    {"kind":"incident","categoryCode":"%s","lat":%.6f,"lon":%.6f,"accuracyMeters":5,\
                    "description":"负载测试上报 %d","clientId":"%s"}""".formatted(codes[(int) (n % codes.length)],
                    point[0], point[1], n, clientId);
            return setup.postJson("/api/v1/reports", "Bearer " + tokens[(int) (n % tokens.length)], body);
        }
    }

    /** The same rows as intake writes, inserted by plain JDBC batches. */
    static final class RawCeiling {

        private static final int BATCH = 100;

        static double insert(DataSource dataSource, long rows) throws Exception {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                long idBase = 900_000_000L;
                try (PreparedStatement cases = connection.prepareStatement("""
                        INSERT INTO casework_case (id, number, version, status, kind, scheme, category_code,
                            category_name, major_name, latitude, longitude, accuracy_m, grid_code, community_code,
                            community_name, subdistrict_code, subdistrict_name, description, channel, reporter,
                            client_id, reported_at, updated_at)
                        VALUES (?, ?, 0, 'REPORTED', 'INCIDENT', 'GB/T 47678.5-2026', '01001', '供水井盖异常',
                            '市政公用设施类', 22.7, 114.2, 5, '44030700100101', '440307001001', '社区', '440307001',
                            '平湖', ?, 'INSPECTOR', 'ceiling', ?, ?, ?)""");
                        PreparedStatement entries = connection.prepareStatement("""
                        INSERT INTO casework_timeline_entry (case_id, sequence, action, to_status, actor, post, at,
                            latitude, longitude)
                        VALUES (?, 1, 'SUBMIT', 'REPORTED', 'ceiling', 'INSPECTOR', ?, 22.7, 114.2)""")) {
                    for (long i = 0; i < rows; i++) {
                        long id = idBase + i;
                        Timestamp now = Timestamp.from(Instant.now());
                        cases.setLong(1, id);
                        cases.setString(2, "9999" + (1_000_000_000L + i));
                        cases.setString(3, "负载测试上报 " + i);
                        cases.setString(4, "ceiling-" + i);
                        cases.setTimestamp(5, now);
                        cases.setTimestamp(6, now);
                        cases.addBatch();
                        entries.setLong(1, id);
                        entries.setTimestamp(2, now);
                        entries.addBatch();
                        if ((i + 1) % BATCH == 0 || i == rows - 1) {
                            cases.executeBatch();
                            entries.executeBatch();
                            connection.commit();
                        }
                    }
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }

        private RawCeiling() {
        }
    }

    private ReportIntakeLoad() {
    }
}
