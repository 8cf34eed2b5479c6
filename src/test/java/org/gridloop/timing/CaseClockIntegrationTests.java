package org.gridloop.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.casework.Urgency;
import org.gridloop.grid.GridLookup;
import org.gridloop.timing.Supervision.ScanResult;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Case clocks through the API with the clock stopped at chosen instants (Asia/Shanghai, the
 * default working calendar: 09:00–12:00 and 14:00–18:00 on working days): stage deadlines and
 * lights, the supervision scan's alerts, pause and resume on suspension, extension, rework and
 * the on-time flags in the timeline.
 */
@HttpIntegrationTest
class CaseClockIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    Supervision supervision;

    @Autowired
    TimeLimits limits;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    private ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random = new Random(11);

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void stageClocksTurnYellowAndRedAndAreAlertedOnce() {
        at("2026-03-02T09:00:00");
        String number = report();

        JsonNode reported = get(number);
        assertThat(reported.path("stage").asString()).isEqualTo("ACCEPT");
        assertThat(reported.path("light").asString()).isEqualTo("GREEN");
        assertThat(reported.path("dueAt").asString()).isEqualTo("2026-03-02T09:10:00+08:00");
        assertThat(reported.path("remainingWorkingMinutes").asLong()).isEqualTo(10);

        at("2026-03-02T09:08:30");
        assertThat(get(number).path("light").asString()).isEqualTo("YELLOW");
        assertThat(listed("/api/v1/cases?light=yellow&size=200")).contains(number);
        assertThat(listed("/api/v1/cases?light=red&size=200")).doesNotContain(number);

        at("2026-03-02T09:12:00");
        JsonNode late = get(number);
        assertThat(late.path("light").asString()).isEqualTo("RED");
        assertThat(late.path("remainingWorkingMinutes").asLong()).isEqualTo(-2);
        assertThat(listed("/api/v1/cases?light=red&sort=due&size=200")).contains(number);

        ScanResult first = supervision.scan();
        assertThat(first.dueSoon()).isPositive();
        assertThat(first.overdue()).isPositive();
        assertThat(supervision.noticesOf(number)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(UrgeNotice.Kind.OVERDUE);
            assertThat(notice.stage()).hasToString("ACCEPT");
            assertThat(notice.urgedBy()).isEqualTo(UrgeNotice.SYSTEM);
        });
        supervision.scan();
        assertThat(supervision.noticesOf(number)).hasSize(1);

        JsonNode accepted = step("operator", number, "accept", Map.of());
        JsonNode ended = last(accepted.path("timeline"));
        assertThat(ended.path("stageEnded").asString()).isEqualTo("ACCEPT");
        assertThat(ended.path("onTime").asBoolean()).isFalse();
        assertThat(accepted.path("stage").asString()).isEqualTo("REGISTER");
        assertThat(accepted.path("dueAt").asString()).isEqualTo("2026-03-02T09:22:00+08:00");
        assertThat(accepted.path("light").asString()).isEqualTo("GREEN");

        at("2026-03-02T09:20:00");
        supervision.scan();
        assertThat(supervision.noticesOf(number)).as("a new stage is alerted anew, not yet due")
                .hasSize(1);
        at("2026-03-02T09:23:00");
        supervision.scan();
        assertThat(supervision.noticesOf(number)).as("the register stage turned red").hasSize(2);
    }

    @Test
    void suspensionPausesExtensionExtendsReworkRestartsAndCloseRecordsTheCaseClock() {
        at("2026-03-03T09:00:00");
        String number = report();
        step("operator", number, "accept", Map.of());
        at("2026-03-03T09:05:00");
        JsonNode registered = step("supervisor", number, "register", Map.of("urgency", "normal"));
        assertThat(registered.path("urgency").asString()).isEqualTo("NORMAL");
        assertThat(registered.path("caseClock").path("light").asString()).isEqualTo("GREEN");
        assertThat(last(registered.path("timeline")).path("onTime").asBoolean()).isTrue();

        at("2026-03-03T09:10:00");
        JsonNode dispatched = step("dispatcher", number, "dispatch", Map.of());
        String handler = "handler-" + dispatched.path("department").path("code").asString();
        Instant dispatchedAt = instant("2026-03-03T09:10:00");
        TimeLimit handling = limits.handlingLimit(CategoryKind.INCIDENT, incidentCode(), TimeLimits.DEFAULT_CONDITION,
                Urgency.NORMAL, dispatchedAt);
        Instant handlingDue = calendars.dueAt(dispatchedAt, handling);
        assertThat(dispatched.path("stage").asString()).isEqualTo("HANDLE");
        assertThat(OffsetDateTime.parse(dispatched.path("dueAt").asString()).toInstant()).isEqualTo(handlingDue);

        at("2026-03-03T10:00:00");
        step(handler, number, "requestSuspension", Map.of("reason", "需要协调"));
        at("2026-03-03T10:05:00");
        JsonNode suspended = step("dispatcher", number, "decideSuspension", Map.of("approved", true));
        assertThat(suspended.path("clockPaused").asBoolean()).isTrue();
        long remaining = suspended.path("remainingWorkingMinutes").asLong();
        assertThat(remaining).as("minutes of the limit's own clock (%s)", handling.unit())
                .isEqualTo(calendars.elapsed(instant("2026-03-03T10:05:00"), handlingDue, handling.unit()).toMinutes());

        at("2026-03-05T15:00:00");
        JsonNode stillPaused = get(number);
        assertThat(stillPaused.path("clockPaused").asBoolean()).isTrue();
        assertThat(stillPaused.path("remainingWorkingMinutes").asLong()).isEqualTo(remaining);
        JsonNode resumed = step("dispatcher", number, "resume", Map.of());
        assertThat(resumed.path("clockPaused").asBoolean()).isFalse();
        assertThat(resumed.path("remainingWorkingMinutes").asLong()).as("suspended time does not count")
                .isEqualTo(remaining);

        step(handler, number, "requestExtension", Map.of("reason", "材料未到", "minutes", 60));
        JsonNode extended = step("dispatcher", number, "decideExtension", Map.of("granted", true));
        assertThat(extended.path("remainingWorkingMinutes").asLong()).isEqualTo(remaining + 60);

        at("2026-03-05T16:00:00");
        JsonNode handled = step(handler, number, "reportHandled", Map.of("note", "已修复"));
        assertThat(last(handled.path("timeline")).path("stageEnded").asString()).isEqualTo("HANDLE");
        assertThat(handled.path("stage").asString()).isEqualTo("REQUEST_CHECK");
        step("operator", number, "requestCheck", Map.of());
        at("2026-03-05T16:10:00");
        JsonNode rework = step("inspector", number, "check", Map.of("passed", false, "note", "未修好"));
        Instant reworkAt = instant("2026-03-05T16:10:00");
        assertThat(rework.path("stage").asString()).isEqualTo("HANDLE");
        assertThat(OffsetDateTime.parse(rework.path("dueAt").asString()).toInstant()).as("rework starts anew")
                .isEqualTo(calendars.dueAt(reworkAt, limits.handlingLimit(CategoryKind.INCIDENT, incidentCode(),
                        TimeLimits.DEFAULT_CONDITION, Urgency.NORMAL, reworkAt)));
        assertThat(last(rework.path("timeline")).path("stageEnded").asString()).isEqualTo("CHECK");
        assertThat(last(rework.path("timeline")).path("onTime").asBoolean()).isTrue();

        at("2026-03-05T16:30:00");
        step(handler, number, "reportHandled", Map.of("note", "已返工"));
        step("operator", number, "requestCheck", Map.of());
        step("inspector", number, "check", Map.of("passed", true));
        JsonNode closed = step("supervisor", number, "close", Map.of());
        assertThat(closed.path("stage").isMissingNode()).isTrue();
        assertThat(closed.path("light").isMissingNode()).isTrue();
        assertThat(closed.path("caseClock").path("closedOnTime").isBoolean()).isTrue();
        assertThat(last(closed.path("timeline")).path("stageEnded").asString()).isEqualTo("CLOSE");
    }

    @Test
    void aReturnWaitingForItsDecisionDoesNotCountAgainstTheDepartment() {
        at("2026-03-12T09:00:00");
        String number = report();
        step("operator", number, "accept", Map.of());
        step("supervisor", number, "register", Map.of());
        at("2026-03-12T09:10:00");
        String handler = "handler-" + step("dispatcher", number, "dispatch", Map.of()).path("department")
                .path("code").asString();

        at("2026-03-12T09:40:00");
        JsonNode returning = step(handler, number, "requestReturn", Map.of("reason", "不属于本部门"));
        assertThat(returning.path("clockPaused").asBoolean()).isTrue();
        long remaining = returning.path("remainingWorkingMinutes").asLong();
        at("2026-03-12T10:40:00");
        JsonNode rejected = step("dispatcher", number, "rejectReturn", Map.of());
        assertThat(rejected.path("clockPaused").asBoolean()).isFalse();
        assertThat(rejected.path("remainingWorkingMinutes").asLong()).isEqualTo(remaining);

        at("2026-03-12T10:50:00");
        step(handler, number, "requestReturn", Map.of("reason", "确实不属于本部门"));
        at("2026-03-13T10:00:00");
        JsonNode approved = step("dispatcher", number, "approveReturn", Map.of());
        JsonNode ended = last(approved.path("timeline"));
        assertThat(ended.path("stageEnded").asString()).isEqualTo("HANDLE");
        assertThat(ended.path("onTime").asBoolean()).as("judged when the department handed it back").isTrue();
        assertThat(approved.path("stage").asString()).isEqualTo("DISPATCH");
        assertThat(approved.path("dueAt").asString()).isEqualTo("2026-03-13T10:10:00+08:00");
    }

    @Test
    void twoSchedulersRaiseEachAlertExactlyOnce() throws Exception {
        at("2026-03-09T09:00:00");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            numbers.add(report());
        }
        at("2026-03-09T11:00:00");
        CountDownLatch start = new CountDownLatch(1);
        Callable<ScanResult> node = () -> {
            start.await();
            return supervision.scan();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<ScanResult> one = nodes.submit(node);
            Future<ScanResult> two = nodes.submit(node);
            start.countDown();
            ScanResult first = one.get();
            ScanResult second = two.get();
            assertThat(first.overdue() + second.overdue()).isGreaterThanOrEqualTo(numbers.size());
        } finally {
            nodes.shutdown();
        }
        supervision.scan();
        for (String number : numbers) {
            assertThat(supervision.noticesOf(number)).as(number).hasSize(1);
        }
    }

    @Test
    void dispatchersAndLeadersUrgeByHand() {
        at("2026-03-10T09:00:00");
        String number = report();
        step("operator", number, "accept", Map.of());
        step("supervisor", number, "register", Map.of());
        step("dispatcher", number, "dispatch", Map.of());
        step("leader", number, "urge", Map.of("note", "请尽快处置"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(supervision.noticesOf(number))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(UrgeNotice.Kind.MANUAL);
                    assertThat(notice.urgedBy()).isEqualTo("leader");
                    assertThat(notice.note()).isEqualTo("请尽快处置");
                    assertThat(notice.department()).isNotNull();
                }));
    }

    @Test
    void pagesShowTheLightsAndTheSupervisionPageListsOverdueCasesAndNotices() {
        at("2026-03-11T09:00:00");
        String number = report();
        at("2026-03-11T09:12:00");
        supervision.scan();

        TestHttp dispatcher = new TestHttp(port);
        dispatcher.signIn("dispatcher", "demo");
        HttpResponse<String> page = dispatcher.get("/supervision?lang=zh_CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("督办", number, "红灯", "超时督办", "受理");
        assertThat(dispatcher.get("/supervision?lang=en").body()).contains("Supervision", "Overdue", "Red", number);
        assertThat(dispatcher.get("/supervision?lang=zh_CN&number=" + number).body())
                .contains("案卷 " + number + " 的督办通知", "超时督办", "全部督办通知");

        TestHttp otherDepartment = new TestHttp(port);
        otherDepartment.signIn("handler-water", "demo");
        assertThat(otherDepartment.get("/supervision?lang=zh_CN&number=" + number).body())
                .as("a notice before dispatch goes to the centers only").contains("暂无督办通知");

        TestHttp operator = new TestHttp(port);
        operator.signIn("operator", "demo");
        String queue = operator.get("/queues/intake?light=red&sort=due&lang=zh_CN").body();
        assertThat(queue).contains(number, "light-red", "红灯");
        assertThat(operator.get("/queues/intake?light=green").body()).doesNotContain(number);
        assertThat(operator.get("/cases/" + number).body()).contains("当前环节", "环节时限", "已超时 2 分钟", "light-red");
    }

    /** Stops the clock there; users sign in again when next they act, as tokens run on the clock. */
    private void at(String localDateTime) {
        clock.stopAt(instant(localDateTime));
        tokens.clear();
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, api::token);
    }

    private static Instant instant(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    private String report() {
        double[] point = pointInGrids();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", incidentCode());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "井盖缺失");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private JsonNode step(String user, String number, String action, Map<String, Object> body) {
        Response response = api.post(token(user), "/api/v1/cases/" + number + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(String number) {
        Response response = api.get(token("dispatcher"), "/api/v1/cases/" + number);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> listed(String path) {
        Response response = api.get(token("dispatcher"), path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        response.json().path("content").forEach(line -> numbers.add(line.path("number").asString()));
        return numbers;
    }

    private static JsonNode last(JsonNode timeline) {
        return timeline.get(timeline.size() - 1);
    }

    private String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }

    private double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
