package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class ApiAuthenticationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ShiftableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SigningKeys signingKeys;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @AfterEach
    void restore() {
        clock.reset();
        jdbc.sql("UPDATE identity_user SET enabled = TRUE WHERE username = 'leader'").update();
    }

    @ParameterizedTest
    @CsvSource({
            "admin, ADMINISTRATOR", "operator, INTAKE_OPERATOR", "supervisor, SHIFT_SUPERVISOR",
            "dispatcher, DISPATCHER", "leader, LEADER"})
    void issuesTokensToTheDemoAccountsThatCarryTheirPosts(String username, String post) {
        HttpResponse<String> response = requestToken(username, "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode issued = json.readTree(response.body());
        assertThat(Instant.parse(issued.get("expiresAt").asString()))
                .isBetween(clock.instant().plus(Duration.ofHours(11)), clock.instant().plus(Duration.ofHours(13)));
        JsonNode me = json.readTree(http.get("/api/v1/me", "Authorization", "Bearer " + issued.get("token").asString()).body());
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(me.get("posts").valueStream().map(JsonNode::asString)).containsExactly(post);
        assertThat(me.get("displayName").asString()).isNotBlank();
    }

    @Test
    void refusesAWrongPasswordWithAProblem() {
        HttpResponse<String> response = requestToken("admin", "wrong");

        assertProblem(response, 401);
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("用户名或密码错误。");
    }

    @Test
    void refusesAnUnknownUserLikeAWrongPassword() {
        HttpResponse<String> response = requestToken("nobody", "demo");

        assertProblem(response, 401);
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("用户名或密码错误。");
    }

    @Test
    void answersAnApiRequestWithoutTokenWithAProblemNotARedirect() {
        HttpResponse<String> response = http.get("/api/v1/me");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void refusesATamperedToken() {
        String token = token("operator");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + tampered), 401);
    }

    @Test
    void refusesATokenOnceItsLifetimeHasPassed() {
        String token = token("operator");
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);

        clock.shift(Duration.ofHours(12).plusSeconds(1));

        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + token), 401);
    }

    @Test
    void shutsOutADisabledAccountWithinTheCacheLifetime() {
        String token = token("leader");
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE identity_user SET enabled = FALSE WHERE username = 'leader'").update();
        clock.shift(Duration.ofSeconds(31));

        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + token), 401);
        assertProblem(requestToken("leader", "demo"), 401);
    }

    @Test
    void acceptsTokensOfAnotherNodeSharingTheDatabase() {
        ApiTokens otherNode = new ApiTokens(signingKeys.apiTokenKey(), clock, Duration.ofHours(1));

        HttpResponse<String> response = http.get("/api/v1/me",
                "Authorization", "Bearer " + otherNode.issue("dispatcher").token());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesTheTokenEndpointWithoutCredentials() {
        HttpResponse<String> response = http.postJson("/api/v1/auth/token", "{\"username\":\"admin\"}");

        assertProblem(response, 400);
    }

    private String token(String username) {
        return json.readTree(requestToken(username, "demo").body()).get("token").asString();
    }

    private HttpResponse<String> requestToken(String username, String password) {
        return http.postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
