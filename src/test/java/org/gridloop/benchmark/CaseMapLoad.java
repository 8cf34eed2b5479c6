package org.gridloop.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.gridloop.GridloopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark of the command map's cases layer over HTTP: the application with its embedded
 * PostgreSQL and the demo district, {@code cases} cases spread over the district of which
 * {@code openPercent} are open, and {@code clients} dispatchers asking for the open cases of
 * random views in a closed loop: a street view (zoom 16) and the whole district (zoom 12), once
 * without {@code zoom} (capped at 2,000 cases) and once with {@code zoom=12} (counted per cell).
 * The baseline in the same run is the lightest authenticated API request, {@code GET /api/v1/me}:
 * what any API call costs before its own work.
 *
 * <p>Arguments: {@code cases} (default 500,000), {@code openPercent} (default 10), {@code seconds}
 * per scenario after as long a warm-up (default 15), {@code clients} (default 4).
 */
public final class CaseMapLoad {

    private static final double SOUTH = 22.55;
    private static final double WEST = 114.05;
    private static final double HEIGHT = 0.30;
    private static final double WIDTH = 0.50;

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int openPercent = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            long started = System.nanoTime();
            insertCases(context.getBean(JdbcClient.class), cases, openPercent);
            System.out.printf("Inserted %,d cases (%d %% open) in %.1f s%n", cases, openPercent,
                    (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = token(http, base);

            Stats me = run(http, token, clients, seconds, random -> base + "/api/v1/me");
            Stats street = run(http, token, clients, seconds, random -> base + "/api/v1/map/cases?bbox="
                    + box(random, 0.026, 0.016));
            Stats district = run(http, token, clients, seconds, random -> base + "/api/v1/map/cases?bbox="
                    + box(random, WIDTH, HEIGHT));
            Stats clustered = run(http, token, clients, seconds, random -> base + "/api/v1/map/cases?bbox="
                    + box(random, WIDTH, HEIGHT) + "&zoom=12");
            System.out.printf("%d clients, closed loop, %d s per scenario after %d s of warm-up%n", clients, seconds,
                    seconds);
            System.out.println("baseline GET /api/v1/me:     " + me);
            System.out.println("cases, street view (zoom 16): " + street + String.format(Locale.ROOT,
                    "  p95/baseline %.1f", street.p95() / me.p95()));
            System.out.println("cases, district (zoom 12):    " + district + String.format(Locale.ROOT,
                    "  p95/baseline %.1f", district.p95() / me.p95()));
            System.out.println("cases, district in cells (zoom=12): " + clustered + String.format(Locale.ROOT,
                    "  p95/baseline %.1f", clustered.p95() / me.p95()));
        } finally {
            context.close();
        }
    }

    /** Cases at pseudo-random places of the district box; open ones in handling with running clocks. */
    private static void insertCases(JdbcClient jdbc, int cases, int openPercent) {
        jdbc.sql("""
                INSERT INTO casework_case (number, version, status, kind, scheme, category_code, category_name,
                    latitude, longitude, description, channel, reported_at, updated_at, department_code,
                    subdistrict_code, stage, stage_started_at, stage_yellow_at, stage_red_at, stage_due_at,
                    stage_natural)
                SELECT '9100' || lpad(g::text, 8, '0'), 0, CASE WHEN open THEN 'DISPATCHED' ELSE 'CLOSED' END,
                    'INCIDENT', 'GB/T 47678.5-2026', '01001', '供水井盖',
                    :south + (CAST(g AS bigint) * 7919 % 100003) / 100003.0 * :height,
                    :west + (CAST(g AS bigint) * 104729 % 99991) / 99991.0 * :width,
                    'benchmark', 'INSPECTOR', now(), now(), 'water', '440307001',
                    CASE WHEN open THEN 'HANDLE' END,
                    CASE WHEN open THEN now() - interval '1 hour' END,
                    CASE WHEN open THEN now() + make_interval(mins => (g % 600) - 200) END,
                    CASE WHEN open THEN now() + make_interval(mins => (g % 600) - 100) END,
                    CASE WHEN open THEN now() + make_interval(mins => (g % 600) - 100) END,
                    CASE WHEN open THEN false END
                FROM generate_series(1, :cases) g, LATERAL (SELECT g % 100 < :openPercent AS open) o""")
                .param("south", SOUTH).param("west", WEST).param("height", HEIGHT).param("width", WIDTH)
                .param("cases", cases).param("openPercent", openPercent).update();
        jdbc.sql("VACUUM ANALYZE casework_case").update();
    }

    private static String box(Random random, double width, double height) {
        double west = WEST + random.nextDouble() * (WIDTH - width);
        double south = SOUTH + random.nextDouble() * (HEIGHT - height);
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", west, south, west + width, south + height);
    }

    private static String token(HttpClient http, String base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"dispatcher\",\"password\":\"demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /** Runs the warm-up, then the measured phase; latencies of successful requests in milliseconds. */
    private static Stats run(HttpClient http, String token, int clients, int seconds, Function<Random, String> url)
            throws Exception {
        measure(http, token, clients, seconds, url);
        return measure(http, token, clients, seconds, url);
    }

    private static Stats measure(HttpClient http, String token, int clients, int seconds,
            Function<Random, String> url) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> results = new ArrayList<>();
        long[] bytes = new long[1];
        for (int client = 0; client < clients; client++) {
            Random random = new Random(client);
            results.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(random)))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                            .GET().build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    double millis = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + new String(response.body(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                    synchronized (bytes) {
                        bytes[0] += response.body().length;
                    }
                    latencies.add(millis);
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return new Stats(all, seconds, bytes[0]);
    }

    record Stats(List<Double> sorted, int seconds, long bytes) {

        double percentile(double p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
        }

        double p95() {
            return percentile(95);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d requests, %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "%.1f KB per answer", sorted.size(), sorted.size() / (double) seconds, percentile(50), p95(),
                    percentile(99), bytes / 1024.0 / sorted.size());
        }
    }

    private CaseMapLoad() {
    }
}
