package org.gridloop.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.gridloop.GridloopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark of the command map's asset layer over HTTP: the application with its embedded
 * PostgreSQL and the demo district's 200,000 assets, closed-loop clients asking for city views
 * (zoom 11 and 12 over the whole district, panned at random) and street views (zoom 18), then,
 * in the same run, the baseline: reading single assets by identifier
 * ({@code GET /api/v1/assets/{identifier}}, one indexed row). Each phase runs for the given
 * seconds after a warm-up of the same length; latencies are reported as percentiles.
 *
 * <p>Arguments: {@code seconds} per phase (default 20), {@code clients} (default 4).
 */
public final class AssetMapLoad {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = token(client, base);
            List<String> identifiers = context.getBean(JdbcClient.class)
                    .sql("SELECT identifier FROM asset_register ORDER BY random() LIMIT 10000").query(String.class).list();
            IntFunction<String> city = n -> {
                Random random = new Random(n);
                int zoom = 11 + (n & 1);
                double width = zoom == 11 ? 0.88 : 0.44;
                double height = zoom == 11 ? 0.56 : 0.28;
                double west = 114.05 + (random.nextDouble() - 0.5) * 0.2 - (width - 0.55) / 2;
                double south = 22.55 + (random.nextDouble() - 0.5) * 0.1 - (height - 0.30) / 2;
                return "/api/v1/map/assets?bbox=%.5f,%.5f,%.5f,%.5f&zoom=%d".formatted(west, south, west + width,
                        south + height, zoom);
            };
            IntFunction<String> street = n -> {
                Random random = new Random(n);
                double west = 114.05 + random.nextDouble() * 0.5;
                double south = 22.55 + random.nextDouble() * 0.28;
                return "/api/v1/map/assets?bbox=%.5f,%.5f,%.5f,%.5f&zoom=18".formatted(west, south, west + 0.0055,
                        south + 0.0035);
            };
            IntFunction<String> single = n -> "/api/v1/assets/" + identifiers.get(Math.floorMod(n, identifiers.size()));
            System.out.println(run("city views (zoom 11-12)", client, base, token, city, clients, seconds));
            System.out.println(run("street views (zoom 18)", client, base, token, street, clients, seconds));
            System.out.println(run("baseline: one asset by identifier", client, base, token, single, clients, seconds));
        } finally {
            context.close();
        }
    }

    private static String run(String name, HttpClient client, String base, String token, IntFunction<String> paths,
            int clients, int seconds) throws InterruptedException {
        phase(client, base, token, paths, clients, seconds, new ConcurrentLinkedQueue<>(), new AtomicLong());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong bytes = new AtomicLong();
        long failed = phase(client, base, token, paths, clients, seconds, latencies, bytes);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return "%s: %d requests in %d s (%.0f/s) by %d clients, %d failed, mean body %d bytes%n  latency p50 %.1f ms, "
                .formatted(name, sorted.length, seconds, sorted.length / (double) seconds, clients, failed,
                        sorted.length == 0 ? 0 : bytes.get() / sorted.length, percentile(sorted, 50))
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(percentile(sorted, 95), percentile(sorted, 99),
                        percentile(sorted, 100));
    }

    private static long phase(HttpClient client, String base, String token, IntFunction<String> paths, int clients,
            int seconds, ConcurrentLinkedQueue<Long> latencies, AtomicLong bytes) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failed = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int n = (int) counter.incrementAndGet();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.apply(n)))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - start);
                            bytes.addAndGet(response.body().length());
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return failed.get();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String token(HttpClient client, String base) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"leader\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }
}
