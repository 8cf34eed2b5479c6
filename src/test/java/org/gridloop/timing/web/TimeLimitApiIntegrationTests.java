package org.gridloop.timing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.casework.Urgency;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The time-limit standards as seeded from the catalog and as administrators change them. Changes
 * take effect in 2090 or later, so no other test meets them.
 */
@HttpIntegrationTest
class TimeLimitApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TimeLimits limits;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void seedsTheStageDefaultsInWorkingMinutes() {
        assertThat(limits.stageLimit(CaseStage.ACCEPT, NOW)).isEqualTo(TimeLimit.workingMinutes(10));
        assertThat(limits.stageLimit(CaseStage.VERIFY, NOW)).isEqualTo(TimeLimit.workingMinutes(30));
        assertThat(limits.stageLimit(CaseStage.CHECK, NOW)).isEqualTo(TimeLimit.workingMinutes(30));
        assertThat(limits.stageLimit(CaseStage.CLOSE, NOW)).isEqualTo(TimeLimit.workingMinutes(10));
    }

    @Test
    void seedsHandlingLimitsFromTheCatalogsExamplesThenTheMajorClassDefaults() {
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "01001", "default", Urgency.NORMAL, NOW))
                .as("供水井盖: 重庆高新区2007:井盖检修≤3小时").isEqualTo(TimeLimit.naturalHours(3));
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "01001", "default", Urgency.URGENT, NOW))
                .as("urgent: the major class 01").isEqualTo(TimeLimit.naturalHours(2));
        assertThat(limits.handlingLimit(CategoryKind.INCIDENT, "06010", "default", Urgency.NORMAL, NOW))
                .as("暴露垃圾: 济源:1工作日").isEqualTo(TimeLimit.workingDays(1));
        assertThat(limits.handlingLimit(CategoryKind.INCIDENT, "06012", null, Urgency.NORMAL, NOW))
                .as("道路不洁: 济源:5工作时").isEqualTo(TimeLimit.workingHours(5));
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "04001", "default", Urgency.NORMAL, NOW))
                .as("no example: the major class 04").isEqualTo(TimeLimit.workingDays(3));
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "99999", "default", Urgency.NORMAL, NOW))
                .as("unknown class: any class").isEqualTo(TimeLimit.workingDays(3));
    }

    @Test
    void aChangedStageLimitAppliesToStagesStartingAfterItsEffectiveTime() {
        var changed = put(admin, "/api/v1/time-limits/stages/REGISTER",
                Map.of("amount", 15, "unit", "WORKING_MINUTES", "effectiveFrom", "2090-01-01T00:00:00+08:00"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(limits.stageLimit(CaseStage.REGISTER, Instant.parse("2089-12-31T15:59:59Z")))
                .isEqualTo(TimeLimit.workingMinutes(10));
        assertThat(limits.stageLimit(CaseStage.REGISTER, Instant.parse("2089-12-31T16:00:00Z")))
                .isEqualTo(TimeLimit.workingMinutes(15));
        assertThat(api.get(admin, "/api/v1/time-limits/stages").body()).contains("\"stage\":\"REGISTER\",\"amount\":15");
        var audited = api.get(admin, "/api/v1/audit?object=time-limit&objectId=REGISTER&actor=admin").json()
                .path("entries").get(0);
        assertThat(audited.path("action").asString()).isEqualTo("create");
        assertThat(audited.path("after").path("limit").path("amount").asInt()).isEqualTo(15);
    }

    @Test
    void aHandlingLimitUnderAConditionWinsOverTheDefaultConditionOfTheClass() {
        Map<String, Object> change = new HashMap<>(Map.of("kind", "ASSET", "categoryCode", "01002",
                "condition", "main-road", "urgency", "URGENT", "amount", 1, "unit", "NATURAL_HOURS",
                "effectiveFrom", "2091-01-01T00:00:00+08:00"));

        var changed = put(admin, "/api/v1/time-limits/handling", change);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("source")).isEqualTo("set by admin");
        Instant after = Instant.parse("2091-06-01T00:00:00Z");
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "01002", "main-road", Urgency.URGENT, after))
                .isEqualTo(TimeLimit.naturalHours(1));
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "01002", "default", Urgency.URGENT, after))
                .isEqualTo(TimeLimit.naturalHours(2));
        assertThat(limits.handlingLimit(CategoryKind.ASSET, "01002", "main-road", Urgency.URGENT, NOW))
                .isEqualTo(TimeLimit.naturalHours(2));
    }

    @Test
    void refusesEveryoneButAdministrators() {
        for (String username : new String[] {"operator", "supervisor", "dispatcher"}) {
            String token = api.token(username);

            assertThat(api.get(token, "/api/v1/time-limits/stages").status()).as(username).isEqualTo(403);
            assertThat(put(token, "/api/v1/time-limits/stages/ACCEPT", Map.of("amount", 5, "unit", "WORKING_MINUTES"))
                    .status()).as(username).isEqualTo(403);
        }
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertField(put(admin, "/api/v1/time-limits/stages/ACCEPT", Map.of("amount", 5, "unit", "MINUTES")), "unit");
        assertField(put(admin, "/api/v1/time-limits/stages/ACCEPT", Map.of("amount", 0, "unit", "WORKING_MINUTES")),
                "amount");
        assertField(put(admin, "/api/v1/time-limits/stages/LUNCH", Map.of("amount", 5, "unit", "WORKING_MINUTES")),
                "stage");
        assertField(put(admin, "/api/v1/time-limits/stages/HANDLE", Map.of("amount", 5, "unit", "WORKING_MINUTES")),
                "stage");
        assertField(put(admin, "/api/v1/time-limits/stages/ACCEPT", Map.of("amount", 5, "unit", "WORKING_MINUTES",
                "effectiveFrom", "2020-01-01T00:00:00+08:00")), "effectiveFrom");
        assertField(put(admin, "/api/v1/time-limits/handling", Map.of("kind", "ASSET", "categoryCode", "77",
                "urgency", "NORMAL", "amount", 1, "unit", "WORKING_DAYS")), "categoryCode");
        assertField(put(admin, "/api/v1/time-limits/handling", Map.of("kind", "ASSET", "categoryCode", "01",
                "urgency", "SOON", "amount", 1, "unit", "WORKING_DAYS")), "urgency");
    }

    private ApiClient.Response put(String token, String path, Map<String, ?> body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), JSON.readTree(response.body()),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }
}
