package org.gridloop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The headline figures on five cases of March 2035, a year no other test counts in, driven
 * through the case API and computed by hand (ADR 0049). Working time on the default calendar:
 * 09:00–12:00 and 14:00–18:00, Monday to Friday.
 */
@HttpIntegrationTest
class HeadlineFiguresIntegrationTests {

    /** When {@code overdueNow} is read: weeks after every March limit ran out. */
    private static final String NOW = "2035-04-20T10:00:00";

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    private ApiClient api;
    private EvaluationScenario scenario;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        scenario = new EvaluationScenario(api, clock, grids, categories);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsEachFigureInThePeriodItsStepHappenedIn() {
        scenario.at(NOW);
        long overdueBefore = kpis("2035-03").path("overdueNow").asLong();

        // A, inspector: dispatched wrongly, returned, re-dispatched at 11:00 Mon; handled 15:00, failed check,
        // handled again 16:00 (last handling in March: 5 h on the clock, 11–12 + 14–16 = 3 working hours), closed.
        String a = scenario.inspectorReport("2035-03-05T09:00:00");
        scenario.step("2035-03-05T09:10:00", "operator", a, "accept");
        scenario.step("2035-03-05T09:20:00", "supervisor", a, "register");
        String wrong = scenario.wrongDepartment(a);
        String right = scenario.proposedDepartment(a);
        scenario.step("2035-03-05T09:30:00", "dispatcher", a, "dispatch", Map.of("departmentCode", wrong));
        scenario.step("2035-03-05T10:00:00", "handler-" + wrong, a, "requestReturn", Map.of("reason", "不属于本部门"));
        scenario.step("2035-03-05T10:30:00", "dispatcher", a, "approveReturn");
        scenario.step("2035-03-05T11:00:00", "dispatcher", a, "dispatch", Map.of("departmentCode", right));
        scenario.step("2035-03-05T15:00:00", "handler-" + right, a, "reportHandled", Map.of("note", "已修复"));
        scenario.step("2035-03-05T15:10:00", "operator", a, "requestCheck");
        scenario.byAssignedInspector("2035-03-05T15:20:00", a, "check", Map.of("passed", false, "note", "未修好"));
        scenario.step("2035-03-05T16:00:00", "handler-" + right, a, "reportHandled", Map.of("note", "已返工"));
        scenario.step("2035-03-05T16:10:00", "operator", a, "requestCheck");
        scenario.byAssignedInspector("2035-03-05T16:20:00", a, "check", Map.of("passed", true));
        scenario.step("2035-03-05T16:30:00", "supervisor", a, "close");

        // B, hotline: registered and dispatched Friday 30 March 16:40, handled Monday 2 April 10:40
        // (66 h on the clock, 16:40–18:00 + 09:00–10:40 = 3 working hours), closed in April.
        String b = scenario.hotlineReport("2035-03-30T16:00:00");
        scenario.step("2035-03-30T16:05:00", "operator", b, "requestVerification");
        scenario.byAssignedInspector("2035-03-30T16:10:00", b, "verify", Map.of("confirmed", true));
        scenario.step("2035-03-30T16:20:00", "operator", b, "accept");
        scenario.step("2035-03-30T16:30:00", "supervisor", b, "register");
        scenario.step("2035-03-30T16:40:00", "dispatcher", b, "dispatch");
        String handlerB = "handler-" + scenario.get(b).json().path("department").path("code").asString();
        scenario.step("2035-04-02T10:40:00", handlerB, b, "reportHandled", Map.of("note", "已处理"));
        scenario.step("2035-04-02T10:50:00", "operator", b, "requestCheck");
        scenario.byAssignedInspector("2035-04-02T11:00:00", b, "check", Map.of("passed", true));
        scenario.step("2035-04-02T11:10:00", "supervisor", b, "close");

        // C, inspector: registered, then discarded.
        String c = scenario.inspectorReport("2035-03-06T09:00:00");
        scenario.step("2035-03-06T09:10:00", "operator", c, "accept");
        scenario.step("2035-03-06T09:20:00", "supervisor", c, "register");
        scenario.step("2035-03-06T09:30:00", "supervisor", c, "discard", Map.of("reason", "重复立案"));

        // D, inspector: dispatched Wednesday 09:30, handled Thursday 09:30 (24 h; 2.5 + 4 + 0.5 = 7 working
        // hours); nobody requests the check, so it is overdue in April.
        String d = scenario.inspectorReport("2035-03-07T09:00:00");
        scenario.step("2035-03-07T09:10:00", "operator", d, "accept");
        scenario.step("2035-03-07T09:20:00", "supervisor", d, "register");
        scenario.step("2035-03-07T09:30:00", "dispatcher", d, "dispatch");
        String handlerD = "handler-" + scenario.get(d).json().path("department").path("code").asString();
        scenario.step("2035-03-08T09:30:00", handlerD, d, "reportHandled", Map.of("note", "已处理"));

        // E, hotline: rejected at intake, a report and nothing more.
        String e = scenario.hotlineReport("2035-03-07T10:00:00");
        scenario.step("2035-03-07T10:05:00", "operator", e, "reject", Map.of("reason", "不属于城管范围"));

        scenario.at(NOW);
        assertThat(scenario.get(d).text("light")).as("D's check request is overdue now").isEqualTo("RED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode march = kpis("2035-03");
            assertThat(march.path("period").asString()).isEqualTo("2035-03");
            assertThat(march.path("from").asString()).endsWith("+08:00");
            assertThat(OffsetDateTime.parse(march.path("from").asString()))
                    .isEqualTo(OffsetDateTime.parse("2035-03-01T00:00:00+08:00"));
            assertThat(OffsetDateTime.parse(march.path("to").asString()))
                    .isEqualTo(OffsetDateTime.parse("2035-04-01T00:00:00+08:00"));
            assertThat(march.path("reports").asLong()).as("A, B, C, D, E").isEqualTo(5);
            assertThat(march.path("inspectorReports").asLong()).as("A, C, D").isEqualTo(3);
            assertThat(march.path("registered").asLong()).as("A, B, C, D").isEqualTo(4);
            assertThat(march.path("foundByInspectorsRate").asDouble()).isEqualTo(0.75);
            assertThat(march.path("dispatchAccuracy").asDouble()).as("A's first dispatch was returned")
                    .isEqualTo(0.75);
            assertThat(march.path("closingRate").asDouble()).as("A closed of A, B, D; C discarded")
                    .isEqualTo(1.0 / 3);
            assertThat(march.path("averageHandlingHours").asDouble()).as("(5 + 24) / 2").isEqualTo(14.5);
            assertThat(march.path("averageHandlingWorkingHours").asDouble()).as("(3 + 7) / 2").isEqualTo(5.0);
            assertThat(march.path("overdueNow").asLong() - overdueBefore).as("D").isEqualTo(1);
        });

        JsonNode april = kpis("2035-04");
        assertThat(april.path("reports").asLong()).isZero();
        assertThat(april.path("registered").asLong()).isZero();
        for (String rate : List.of("foundByInspectorsRate", "dispatchAccuracy", "closingRate")) {
            assertThat(april.has(rate)).as(rate + " is given").isTrue();
            assertThat(april.path(rate).isNull()).as(rate + " has nothing to count in April").isTrue();
        }
        assertThat(april.path("averageHandlingHours").asDouble()).as("B, from its March dispatch").isEqualTo(66.0);
        assertThat(april.path("averageHandlingWorkingHours").asDouble()).isEqualTo(3.0);

        JsonNode quarter = kpis("2035-Q1");
        assertThat(quarter.path("reports").asLong()).isEqualTo(5);
        assertThat(quarter.path("closingRate").asDouble()).isEqualTo(1.0 / 3);
        JsonNode range = kpis("2035-03-05..2035-03-05");
        assertThat(range.path("reports").asLong()).as("A alone").isEqualTo(1);
        assertThat(range.path("dispatchAccuracy").asDouble()).isEqualTo(0.5);
        assertThat(range.path("closingRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aPeriodInTheFutureIsEmpty() {
        JsonNode future = kpis("2099");

        assertThat(future.path("reports").asLong()).isZero();
        assertThat(future.path("registered").asLong()).isZero();
        assertThat(future.path("closingRate").isNull()).isTrue();
        assertThat(future.path("averageHandlingHours").isNull()).isTrue();
        assertThat(OffsetDateTime.parse(future.path("from").asString()))
                .isEqualTo(OffsetDateTime.parse("2099-01-01T00:00:00+08:00"));
    }

    @Test
    void aMalformedPeriodIsRefusedOnThePeriodParameter() {
        for (String period : List.of("", "2035-13", "2035-W54", "2035-Q5", "35", "2035-02-30", "2035-03-31..2035-03-01",
                "last month")) {
            Response response = api.get(scenario.token("leader"), "/api/v1/kpis?period=" + encode(period));

            assertThat(response.status()).as(period).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").path(0).path("field").asString()).as(period).isEqualTo("period");
        }
        assertThat(api.get(scenario.token("leader"), "/api/v1/kpis").status()).as("no period").isEqualTo(400);
    }

    @Test
    void leadersAndTheCentersReadTheFiguresOthersDoNot() {
        for (String user : List.of("leader", "admin", "supervisor", "dispatcher")) {
            assertThat(api.get(scenario.token(user), "/api/v1/kpis?period=2035").status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("inspector", "operator")) {
            assertThat(api.get(scenario.token(user), "/api/v1/kpis?period=2035").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/kpis?period=2035").status()).isEqualTo(401);
    }

    private JsonNode kpis(String period) {
        Response response = api.get(scenario.token("leader"), "/api/v1/kpis?period=" + encode(period));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
