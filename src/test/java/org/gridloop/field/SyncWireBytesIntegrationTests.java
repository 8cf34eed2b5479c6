package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridloop.field.internal.SyncCodec;
import org.gridloop.field.internal.SyncRequest;
import org.junit.jupiter.api.Test;

/**
 * Bytes on the wire of real sync requests, request and response with all their headers, counted
 * on the socket: a text-only report amortized in a batch of 20 within 400 bytes, a position
 * sample amortized in a batch of 60 within 24, in the compact encoding; the JSON encoding of the
 * same batches is printed beside them as the baseline (docs/benchmarks.md).
 */
class SyncWireBytesIntegrationTests extends FieldSyncSupport {

    /** What one exchange cost on the wire. */
    record Wire(int requestBytes, int requestBodyBytes, int responseBytes, int status, String responseHead) {

        int total() {
            return requestBytes + responseBytes;
        }
    }

    @Test
    void textOnlyReportTakesAtMost400BytesInABatchOf20() throws IOException {
        long counter = 100_000 + new Random().nextInt(800_000) * 100L;
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> report = report(List.of("路面有积水", "垃圾堆放未清运", "井盖破损", "占道经营").get(i % 4));
            report.put("clientId", "c-" + (counter + i));
            report.put("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(40 - i).withNano(0)
                    .toString());
            reports.add(report);
        }
        long cursor = currentCursor();
        Object batch = batch(cursor, reports, List.of(), List.of());
        Map<String, Object> jsonBaseline = batch(cursor, new ArrayList<>(reports), List.of(), List.of());
        jsonBaseline.put("reports", reports.stream().map(report -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(report);
            copy.put("clientId", "j" + report.get("clientId"));
            return copy;
        }).toList());

        Wire compact = compact(batch);
        jsonBaseline.put("cursor", currentCursor());
        Wire json = json(jsonBaseline);

        print("text-only report, batch of 20", compact, json, 20);
        assertThat(compact.status()).as(compact.responseHead()).isEqualTo(200);
        assertThat(compact.total() / 20.0).isLessThanOrEqualTo(400);
    }

    @Test
    void positionSampleTakesAtMost24BytesInABatchOf60() throws IOException {
        List<Map<String, Object>> samples = new ArrayList<>();
        Random walk = new Random(3);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(40).withNano(0);
        double lat = 22.7;
        double lon = 114.13;
        for (int i = 0; i < 60; i++) {
            lat += (walk.nextDouble() - 0.5) * 0.0006;
            lon += (walk.nextDouble() - 0.5) * 0.0006;
            samples.add(Map.of("at", start.plusSeconds(30L * i).toString(), "lat", Math.round(lat * 1e6) / 1e6,
                    "lon", Math.round(lon * 1e6) / 1e6, "accuracyMeters", 5 + walk.nextInt(10)));
        }

        Wire compact = compact(batch(currentCursor(), List.of(), List.of(), samples));
        Wire json = json(batch(currentCursor(), List.of(), List.of(), samples));

        print("position sample, batch of 60", compact, json, 60);
        assertThat(compact.status()).as(compact.responseHead()).isEqualTo(200);
        assertThat(compact.total() / 60.0).isLessThanOrEqualTo(24);
        assertThat(compact.responseHead()).as("no page policies on a binary answer")
                .doesNotContain("Content-Security-Policy").contains("X-Content-Type-Options: nosniff");
    }

    /**
     * The inspector's cursor now: a phone that syncs regularly asks only for what changed since its
     * last sync, so the answer does not carry whatever other tests did to the inspector's cases.
     */
    private long currentCursor() {
        return sync("inspector", batch(0, List.of(), List.of(), List.of())).path("cursor").asLong();
    }

    private Wire compact(Object batch) throws IOException {
        byte[] body = SyncCodec.encode(JSON.convertValue(batch, SyncRequest.class));
        return exchange(SyncCodec.MEDIA_TYPE, "", body);
    }

    private Wire json(Object batch) throws IOException {
        return exchange("application/json", "Accept: application/json\r\n", JSON.writeValueAsBytes(batch));
    }

    /** One request on a fresh connection, as a phone coming back online sends it; every byte counted. */
    private Wire exchange(String contentType, String extraHeaders, byte[] body) throws IOException {
        String head = "POST /api/v1/field/sync HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer "
                + token("inspector") + "\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(head.getBytes(StandardCharsets.US_ASCII));
        request.write(body);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            String text = new String(response, StandardCharsets.ISO_8859_1);
            String responseHead = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            int status = Integer.parseInt(text.substring(9, 12));
            return new Wire(request.size(), body.length, response.length, status, responseHead);
        }
    }

    private static void print(String what, Wire compact, Wire json, int items) {
        System.out.printf("%n[sync bytes] %s%n  compact: request %d (body %d) + response %d = %d bytes, %.1f per item%n"
                + "  json:    request %d + response %d = %d bytes, %.1f per item%n  compact response head:%n%s%n",
                what, compact.requestBytes(), compact.requestBodyBytes(), compact.responseBytes(), compact.total(),
                compact.total() / (double) items, json.requestBytes(), json.responseBytes(), json.total(),
                json.total() / (double) items, compact.responseHead());
    }
}
