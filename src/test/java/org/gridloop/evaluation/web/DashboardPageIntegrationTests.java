package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.gridloop.ApiClient;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard pages and the screen's event stream: for the posts that read the figures only. */
@HttpIntegrationTest
class DashboardPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void isForLeadersAndTheCentersOnly() throws Exception {
        for (String user : List.of("leader", "admin", "supervisor", "dispatcher")) {
            TestHttp http = new TestHttp(port);
            http.signIn(user, "demo");
            assertThat(http.get("/evaluation/dashboard").statusCode()).as(user).isEqualTo(200);
            assertThat(http.get("/evaluation/screen").statusCode()).as(user).isEqualTo(200);
            assertThat(http.get("/evaluation/dashboard/rankings?period=2026-03").statusCode()).as(user)
                    .isEqualTo(200);
        }
        for (String user : List.of("inspector", "operator", "handler-gas")) {
            TestHttp http = new TestHttp(port);
            http.signIn(user, "demo");
            assertThat(http.get("/evaluation/dashboard").statusCode()).as(user).isEqualTo(403);
            assertThat(http.get("/evaluation/screen").statusCode()).as(user).isEqualTo(403);
            assertThat(http.get("/evaluation/dashboard/rankings?period=2026-03").statusCode()).as(user)
                    .isEqualTo(403);
        }
        ApiClient api = new ApiClient(port);
        assertThat(stream(api.token("inspector")).statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAMalformedPeriodOnThePage() {
        TestHttp http = new TestHttp(port);
        http.signIn("leader", "demo");

        HttpResponse<String> page = http.get("/evaluation/dashboard?period=2026-13");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("统计周期应为");
        assertThat(http.get("/evaluation/dashboard/rankings?period=2026-13").statusCode()).isEqualTo(400);
    }

    @Test
    void answersTheRankingsOfAPeriodAsTheFragmentThePageSwapsIn() {
        TestHttp http = new TestHttp(port);
        http.signIn("leader", "demo");

        HttpResponse<String> rankings = http.get("/evaluation/dashboard/rankings?period=2026-Q1");

        assertThat(rankings.statusCode()).isEqualTo(200);
        String body = rankings.body().strip();
        assertThat(body).startsWith("<div id=\"rankings\"").contains("data-period=\"2026-Q1\"",
                "id=\"subdistricts-ranking\"", "id=\"departments-ranking\"",
                "/api/v1/dashboard/rankings/departments/export?period=2026-Q1&amp;format=csv");
        assertThat(body).doesNotContain("<html", "<nav");
    }

    @Test
    void opensTheStreamWithTheFiguresOfNow() throws Exception {
        HttpResponse<InputStream> response = stream(new ApiClient(port).token("leader"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event:figures");
            assertThat(lines.readLine()).startsWith("data:{").contains("\"today\":{", "\"month\":{", "\"openNow\":",
                    "\"overdueNow\":", "\"steps\":[");
        }
    }

    private HttpResponse<InputStream> stream(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dashboard/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
