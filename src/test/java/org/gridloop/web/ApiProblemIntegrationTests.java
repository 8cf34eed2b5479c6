package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gridloop.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class ApiProblemIntegrationTests {

    private static final String BASE = ProblemRaisingController.BASE;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    TestHttp http;
    String bearer;

    @BeforeEach
    void signIn() {
        http = new TestHttp(port);
        String token = json.readTree(http.postJson("/api/v1/auth/token",
                "{\"username\":\"dispatcher\",\"password\":\"demo\"}").body()).get("token").asString();
        bearer = "Bearer " + token;
    }

    @ParameterizedTest
    @EnumSource(DomainException.Kind.class)
    void mapsEachRefusalKindToItsStatusWithFieldErrors(DomainException.Kind kind) {
        HttpResponse<String> response = http.get(BASE + "/refusals/" + kind, "Authorization", bearer);

        JsonNode problem = problemOf(response, kind.status());
        assertThat(problem.get("detail").asString()).isEqualTo("Refused for the test");
        assertThat(problem.get("code").asString()).isEqualTo("test.refusal.undefined");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("请求中有字段不合格。");
    }

    @Test
    void resolvesMessagesInTheLanguageTheClientAsksFor() {
        HttpResponse<String> response = http.get(BASE + "/refusals/INVALID",
                "Authorization", bearer, "Accept-Language", "en");

        JsonNode problem = problemOf(response, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("The request has invalid fields.");
    }

    @Test
    void answersConflictWhenAnUpdateLostTheRace() {
        problemOf(http.get(BASE + "/stale", "Authorization", bearer), 409);
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailureBehindACorrelationId() {
        HttpResponse<String> response = http.get(BASE + "/failure", "Authorization", bearer);

        JsonNode problem = problemOf(response, 500);
        assertThat(response.body()).doesNotContain("internal detail").doesNotContain("IllegalStateException")
                .doesNotContain("at org.gridloop");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void listsTheInvalidFieldsOfABody() {
        HttpResponse<String> response = http.postJson(BASE + "/samples", "{\"name\":\"\",\"count\":0}",
                "Authorization", bearer);

        JsonNode problem = problemOf(response, 400);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("name", "count");
    }

    @Test
    void refusesMalformedJson() {
        JsonNode problem = problemOf(http.postJson(BASE + "/samples", "{\"name\": ", "Authorization", bearer), 400);

        assertThat(problem.get("detail").asString()).isEqualTo("无法读取请求体，请检查 JSON 格式。");
    }

    @Test
    void refusesAParameterOfTheWrongType() {
        problemOf(http.get(BASE + "/numbers?value=seven", "Authorization", bearer), 400);
    }

    @Test
    void refusesAMissingParameter() {
        JsonNode problem = problemOf(http.get(BASE + "/numbers", "Authorization", bearer), 400);

        assertThat(problem.get("detail").asString()).contains("value");
    }

    @Test
    void answersNotFoundForAnUnknownRoute() {
        JsonNode problem = problemOf(http.get("/api/v1/no-such-thing", "Authorization", bearer), 404);

        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void answersMethodNotAllowedForAWrongMethod() {
        problemOf(http.postJson(BASE + "/stale", "{}", "Authorization", bearer), 405);
    }

    @Test
    void answersContentTooLargeForAnOversizeUpload() {
        String boundary = "gridloop-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n"
                + "x".repeat(4096) + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(http.request(BASE + "/uploads")
                .header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        problemOf(response, 413);
    }

    @Test
    void answersForbiddenWhenThePostsDoNotAllowTheAction() {
        JsonNode problem = problemOf(http.get(BASE + "/administration", "Authorization", bearer), 403);

        assertThat(problem.get("detail").asString()).isEqualTo("您的岗位无权执行此操作。");
    }

    private JsonNode problemOf(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }
}
