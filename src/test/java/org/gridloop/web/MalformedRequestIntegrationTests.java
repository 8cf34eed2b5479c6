package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.gridloop.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests an attacker would send: undecodable escapes, NUL characters, control characters in a
 * header value, oversize caller fields, paths Tomcat refuses itself. Each gets a 400 naming what is
 * wrong, never a 500, and every answer carries the same security headers.
 */
@HttpIntegrationTest
class MalformedRequestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    TestHttp http;
    ApiClient api;
    String inspector;

    @BeforeEach
    void signIn() {
        http = new TestHttp(port);
        api = new ApiClient(port);
        inspector = api.token("inspector");
    }

    @Test
    void anUndecodableEscapeInTheQueryIsNamedEvenWhereNoParameterIsRead() {
        HttpResponse<String> token = http.postJson("/api/v1/auth/token?x=%ED%A0%80",
                "{\"username\":\"inspector\",\"password\":\"demo\"}");
        HttpResponse<String> listing = http.get("/api/v1/cases?status=%FF", "Authorization", "Bearer " + inspector);

        assertThat(field(problem(token, 400))).isEqualTo("x");
        assertThat(field(problem(listing, 400))).isEqualTo("status");
    }

    @Test
    void anUndecodableEscapeOnAPageGetsAPageInChinese() {
        http.signIn("operator", "demo");

        HttpResponse<String> page = http.get("/cases?number=%C0%AF");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("number");
    }

    @Test
    void aNulCharacterInAJsonFieldIsNamed() {
        String report = "{\"kind\":\"incident\",\"categoryCode\":\"06010\",\"lat\":22.70,\"lon\":114.13,"
                + "\"description\":\"井盖\\u0000缺失\",\"clientId\":\"nul-1\"}";
        String clientId = "{\"kind\":\"incident\",\"categoryCode\":\"06010\",\"lat\":22.70,\"lon\":114.13,"
                + "\"description\":\"井盖缺失\",\"clientId\":\"nul\\u0000-2\",\"photos\":[\"a\\u0000\"]}";

        JsonNode description = problem(http.postJson("/api/v1/reports", report, "Authorization",
                "Bearer " + inspector), 400);
        JsonNode client = problem(http.postJson("/api/v1/reports", clientId, "Authorization",
                "Bearer " + inspector), 400);

        assertThat(field(description)).isEqualTo("description");
        assertThat(field(client)).isEqualTo("clientId");
    }

    @Test
    void aNulCharacterInAFormFieldGetsThePageBack() {
        http.signIn("operator", "demo");
        String csrf = TestHttp.csrfToken(http.get("/hotline").body());

        HttpResponse<String> submitted = http.postForm("/hotline", Map.of("_csrf", csrf, "kind", "incident",
                "categoryCode", "06010", "lat", "22.70", "lon", "114.13", "description", "井盖\u0000缺失",
                "callerPhone", "13800000000"));

        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(submitted.body()).contains("description");
    }

    @Test
    void aFormParameterNameTheFirewallRefusesGetsAPageInChinese() {
        http.signIn("operator", "demo");
        String csrf = TestHttp.csrfToken(http.get("/hotline").body());

        HttpResponse<String> submitted = http.postForm("/hotline", Map.of("_csrf", csrf, "kind", "incident",
                "{\"kind\":\r\n\"incident\"}", ""));

        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(submitted.body()).contains("请求中有无法读取的参数");
    }

    @Test
    void anInspectorReportCarriesNoHotlineCaller() {
        var report = api.post(inspector, "/api/v1/reports", Map.of("kind", "incident", "categoryCode", "06010",
                "lat", 22.70, "lon", 114.13, "description", "井盖缺失", "clientId", "caller-1",
                "callerName", "张".repeat(300), "callerPhone", "1".repeat(300)));

        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("callerName", "callerPhone");
    }

    @Test
    void aLineBreakInTheExportedGridIsRefused() {
        var export = api.get(api.token("admin"), "/api/v1/assets/export?format=csv&grid=44030700100101%0D%0AX");

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.json().path("errors").get(0).path("field").asString()).isEqualTo("grid");
    }

    @Test
    void pathsTomcatRefusesItselfCarryTheSameHeaders() {
        HttpResponse<String> refused = http.send(http.request("/api/v1/cases/%2e%2e%5c..%00").GET());
        HttpResponse<String> ordinary = http.get("/api/v1/no-such-thing");

        assertThat(refused.statusCode()).isEqualTo(400);
        for (String header : new String[] {"X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy"}) {
            assertThat(ordinary.headers().firstValue(header)).as("ordinary " + header).isPresent();
            assertThat(refused.headers().firstValue(header)).as("refused " + header)
                    .isEqualTo(ordinary.headers().firstValue(header));
        }
        assertThat(refused.body()).doesNotContain("Apache Tomcat");
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return json.readTree(response.body());
    }

    private static String field(JsonNode problem) {
        return problem.path("errors").get(0).path("field").asString();
    }
}
