package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridloop.DemoDistrictApiSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo district behind a real HTTP server, and sync batches as the field app sends them. */
abstract class FieldSyncSupport extends DemoDistrictApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    FieldSyncSupport() {
        super(13);
    }

    Map<String, Object> report(String description) {
        double[] point = pointInGrids();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("clientId", "c-" + UUID.randomUUID());
        report.put("kind", "incident");
        report.put("categoryCode", incidentCode());
        report.put("lat", point[0]);
        report.put("lon", point[1]);
        report.put("accuracyMeters", 8);
        report.put("pinned", false);
        report.put("description", description);
        report.put("reportedAt", "2026-03-02T09:00:00+08:00");
        return report;
    }

    Map<String, Object> result(String caseNumber, String action, String outcome) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clientId", "r-" + UUID.randomUUID());
        result.put("caseNumber", caseNumber);
        result.put("action", action);
        result.put("outcome", outcome);
        result.put("note", "现场已看");
        result.put("at", "2026-03-02T09:05:00+08:00");
        return result;
    }

    static Map<String, Object> batch(long cursor, List<?> reports, List<?> results, List<?> positions) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("cursor", cursor);
        batch.put("reports", reports);
        batch.put("results", results);
        batch.put("positions", positions);
        return batch;
    }

    /** A JSON sync in the given language; must answer 200. */
    JsonNode sync(String username, Object batch, String language) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/field/sync"))
                    .header("Authorization", "Bearer " + token(username)).header("Content-Type", "application/json")
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(batch))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode sync(String username, Object batch) {
        return sync(username, batch, "zh-CN");
    }

    /** A report filed through the sync by the demo inspector; its case number. */
    String reported() {
        JsonNode answer = sync("inspector", batch(0, List.of(report("路面有积水")), List.of(), List.of()));
        assertThat(answer.path("items").path(0).path("state").asString()).isEqualTo("accepted");
        return answer.path("items").path(0).path("caseNumber").asString();
    }

    static List<Object> reversed(List<?> items) {
        List<Object> copy = new ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
