package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sends every operation the API documents malformed input, as an administrator and as an
 * inspector: control characters, undecodable escapes, oversize text, numbers out of range,
 * values of the wrong type, bodies that are not what they should be. None of them may get a 500.
 * The values are chosen so that no request can succeed and change the shared data.
 */
@HttpIntegrationTest
class MalformedInputSweepIntegrationTests {

    /** Operations that sign someone out or in, whose success would end the sweep's own tokens. */
    /**
     * Sign-out and token end the sweep's sign-in; the field app's and the big screen's event
     * streams stay open by design.
     */
    private static final Set<String> SKIPPED = Set.of("/api/v1/auth/sign-out", "/api/v1/auth/token",
            "/api/v1/field/events", "/api/v1/dashboard/stream");

    private static final List<String> PARAMETER_VALUES = List.of("%00", "%ED%A0%80", "%FF", "a%0D%0Ab",
            "x".repeat(3000), "-1", "1e309", "9999999999999999999999", "%5B%5D", "2026-13-45");

    private static final List<String> BODIES = List.of("{\"x\":", "[[[[[[[[[[]]]]]]]]]]", "\"\\u0000\"",
            "{\"kind\":\"\\u0000\",\"code\":\"\\u0000\",\"name\":\"\\u0000\",\"username\":\"\\u0000\"}",
            "{\"lat\":1e400,\"lon\":\"x\",\"version\":\"x\",\"amount\":[],\"posts\":{}}", "null", "123");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void noMalformedRequestGetsA500() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode paths = api.get(null, "/v3/api-docs").json().path("paths");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String token : List.of(api.token("admin"), api.token("inspector"))) {
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                if (SKIPPED.contains(path.getKey()) || path.getKey().startsWith(ProblemRaisingController.BASE)) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    for (String value : PARAMETER_VALUES) {
                        String uri = path.getKey().replaceAll("\\{[^}]+}", value.length() > 100 ? "abc" : value)
                                + query(operation.getValue(), value);
                        sent++;
                        check(failures, token, method, uri, method.equals("GET") ? null : "{}");
                    }
                    if (!method.equals("GET") && !method.equals("DELETE")) {
                        for (String body : BODIES) {
                            sent++;
                            check(failures, token, method, path.getKey().replaceAll("\\{[^}]+}", "abc"), body);
                        }
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    private static String query(JsonNode operation, String value) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString()).append('=')
                        .append(value);
            }
        }
        return query.toString();
    }

    private void check(List<String> failures, String token, String method, String uri, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            failures.add(method + " " + uri.substring(0, Math.min(uri.length(), 160)) + " " + body + " → "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }
}
