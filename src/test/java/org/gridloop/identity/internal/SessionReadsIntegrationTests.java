package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages read the API with their session (ADR 16); writes still need a bearer token. */
@HttpIntegrationTest
class SessionReadsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void readsTheApiWithThePageSession() {
        TestHttp page = new TestHttp(port);
        page.signIn("inspector", "demo");

        HttpResponse<String> me = page.get("/api/v1/me", "Accept", "application/json");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"inspector\"");
    }

    @Test
    void neverWritesThroughThePageSession() {
        TestHttp page = new TestHttp(port);
        page.signIn("inspector", "demo");

        HttpResponse<String> write = page.postJson("/api/v1/inspectors/position", "{\"lat\":22.7,\"lon\":114.2}",
                "Accept", "application/json");

        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void neitherNeedsNorCreatesASessionWithoutOne() {
        HttpResponse<String> anonymous = new TestHttp(port).get("/api/v1/me", "Accept", "application/json");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
