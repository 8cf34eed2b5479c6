package org.gridloop.geocoding.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gridloop.GridloopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forward geocoding over HTTP: the application on an ephemeral embedded PostgreSQL with the demo
 * gazetteer, one client sending the held-out address variants of
 * {@link GeocodingAccuracyIntegrationTests} one after the other to {@code GET /api/v1/geocode}
 * with a bearer token ({@code rounds} times after {@code warmup} rounds), and as the baseline in
 * the same run the reverse lookup {@code GET /api/v1/geocode/reverse} of the same entries: the
 * same filters, token check and JSON, without the Lucene search. Prints median and p95 latency.
 *
 * <p>Arguments: {@code warmup} rounds (default 5), {@code rounds} (default 5).
 */
public final class ForwardGeocodingHttpLoad {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            JsonMapper json = JsonMapper.builder().build();
            String token = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"operator\",\"password\":\"demo\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asString();

            List<GazetteerEntry> heldOut = GeocodingAccuracyIntegrationTests.heldOut(
                    context.getBean(Gazetteer.class).all());
            AddressVariants variants = new AddressVariants(new Random(30_428));
            List<String> forward = new ArrayList<>();
            List<String> reverse = new ArrayList<>();
            for (int n = 0; n < heldOut.size(); n++) {
                forward.add(base + "/api/v1/geocode?q="
                        + URLEncoder.encode(variants.variant(heldOut.get(n), n).text(), StandardCharsets.UTF_8));
                reverse.add(base + "/api/v1/geocode/reverse?lat=" + heldOut.get(n).latitude() + "&lon="
                        + heldOut.get(n).longitude());
            }
            for (int round = 0; round < warmup; round++) {
                time(http, token, forward);
                time(http, token, reverse);
            }
            List<Long> forwardTimes = new ArrayList<>();
            List<Long> reverseTimes = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                forwardTimes.addAll(time(http, token, forward));
                reverseTimes.addAll(time(http, token, reverse));
            }
            long[] f = sorted(forwardTimes);
            long[] r = sorted(reverseTimes);
            System.out.printf("""
                    Forward geocoding over HTTP, one client, %d held-out queries × %d rounds after %d warm-up rounds:
                      GET /api/v1/geocode          median %.2f ms, p95 %.2f ms, max %.2f ms
                      GET /api/v1/geocode/reverse  median %.2f ms, p95 %.2f ms, max %.2f ms (baseline)
                      ratio forward/baseline: median %.2f, p95 %.2f%n""", forward.size(), rounds, warmup,
                    ms(percentile(f, 0.5)), ms(percentile(f, 0.95)), ms(f[f.length - 1]),
                    ms(percentile(r, 0.5)), ms(percentile(r, 0.95)), ms(r[r.length - 1]),
                    (double) percentile(f, 0.5) / percentile(r, 0.5), (double) percentile(f, 0.95) / percentile(r, 0.95));
        }
    }

    private static List<Long> time(HttpClient http, String token, List<String> urls) throws Exception {
        List<Long> times = new ArrayList<>(urls.size());
        for (String url : urls) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            times.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        return times;
    }

    private static long[] sorted(List<Long> times) {
        long[] values = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
