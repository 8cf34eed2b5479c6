package org.gridloop.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in page exchanges its session for an API token; nobody else can. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void issuesATokenOfTheSessionsAccountToItsOwnPage() {
        TestHttp http = new TestHttp(port);
        http.signIn("inspector", "demo");
        String csrf = TestHttp.csrfToken(http.get("/").body());

        HttpResponse<String> issued = http.send(http.request("/session/token").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        String token = JsonMapper.builder().build().readTree(issued.body()).path("token").asString();
        HttpResponse<String> me = new TestHttp(port).get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"inspector\"");
    }

    @Test
    void refusesASessionWithoutItsCsrfTokenAndTheSignedOut() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> signedOut = http.send(http.request("/session/token").POST(HttpRequest.BodyPublishers.noBody()));
        http.signIn("inspector", "demo");
        HttpResponse<String> foreign = http.send(http.request("/session/token").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(signedOut.statusCode()).isIn(302, 401, 403);
        assertThat(signedOut.body()).doesNotContain("token");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("\"token\"");
    }
}
