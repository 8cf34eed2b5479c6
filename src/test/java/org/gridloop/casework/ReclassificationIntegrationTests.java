package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.timing.WorkingCalendars;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 改类 over the API: the intake operator before acceptance, the shift supervisor before
 * registration; the timeline entry with both classes and the reason; the routing proposal, the
 * asset and the time limits that follow the new class; every bad input refused naming its field
 * and changing nothing. Each test works on fresh cases.
 */
@HttpIntegrationTest
class ReclassificationIntegrationTests {

    private static final String MANHOLE = "01001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(970_000);

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    Categories categories;

    @Autowired
    GridLookup grids;

    @Autowired
    DepartmentRouting routing;

    @Autowired
    TimeLimits limits;

    @Autowired
    WorkingCalendars calendars;

    private ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random = new Random(23);

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void intakeOperatorReclassifiesAReportAndRoutingProposesTheNewClassesDepartment() {
        at("2026-03-16T09:00:00");
        double[] point = pointInGrids();
        GridPlace place = grids.locate(point[0], point[1]).orElseThrow();
        String from = incidentCode();
        String fromDepartment = proposal(CategoryKind.INCIDENT, from, place);
        Category to = reportableIncidents().stream()
                .filter(c -> !Objects.equals(proposal(CategoryKind.INCIDENT, c.code(), place), fromDepartment)
                        && proposal(CategoryKind.INCIDENT, c.code(), place) != null)
                .findFirst().orElseThrow();
        String number = report("incident", from, point);
        JsonNode reported = get("operator", number);
        assertThat(reported.path("allowedActions").toString()).contains("\"reclassify\"");
        assertThat(reported.path("department").path("code").asString()).isEqualTo(fromDepartment);

        at("2026-03-16T09:03:00");
        JsonNode changed = step("operator", number, "reclassify", Map.of("kind", "incident",
                "categoryCode", to.code(), "reason", "上报时选错了类别", "version", reported.path("version").asInt()));

        assertThat(changed.path("status").asString()).isEqualTo("REPORTED");
        assertThat(changed.path("kind").asString()).isEqualTo("incident");
        assertThat(changed.path("category").path("code").asString()).isEqualTo(to.code());
        assertThat(changed.path("category").path("name").asString()).isEqualTo(to.name());
        assertThat(changed.path("department").path("code").asString()).isEqualTo(proposal(CategoryKind.INCIDENT,
                to.code(), place));
        assertThat(changed.path("department").path("proposed").asBoolean()).isTrue();
        JsonNode entry = last(changed.path("timeline"));
        assertThat(entry.path("action").asString()).isEqualTo("reclassify");
        assertThat(entry.path("actor").asString()).isEqualTo("operator");
        assertThat(entry.path("post").asString()).isEqualTo("INTAKE_OPERATOR");
        assertThat(entry.path("from").asString()).isEqualTo("REPORTED");
        assertThat(entry.path("to").asString()).isEqualTo("REPORTED");
        assertThat(entry.path("note").asString()).isEqualTo("上报时选错了类别");
        assertThat(entry.path("reclassification").path("from").path("code").asString()).isEqualTo(from);
        assertThat(entry.path("reclassification").path("from").path("name").asString())
                .isEqualTo(reported.path("category").path("name").asString());
        assertThat(entry.path("reclassification").path("to").path("code").asString()).isEqualTo(to.code());
        assertThat(entry.path("reclassification").path("to").path("name").asString()).isEqualTo(to.name());
        assertThat(entry.has("stageEnded")).as("no stage ends").isFalse();
        assertThat(changed.path("stage").asString()).isEqualTo("ACCEPT");
        assertThat(changed.path("dueAt").asString()).as("the accept limit is the same for every class, and the "
                + "stage keeps its start").isEqualTo(reported.path("dueAt").asString());

        JsonNode accepted = step("operator", number, "accept", Map.of());
        assertThat(accepted.path("category").path("code").asString()).isEqualTo(to.code());
        assertThat(get("dispatcher", number).path("category").path("code").asString()).isEqualTo(to.code());
    }

    @Test
    void shiftSupervisorReclassifiesBeforeRegistrationAndHandlingGetsTheNewClassesLimit() {
        at("2026-03-17T09:00:00");
        Instant dispatchAt = instant("2026-03-17T09:10:00");
        String from = incidentCode();
        TimeLimit fromLimit = handlingLimit(from, dispatchAt);
        Category to = reportableIncidents().stream()
                .filter(c -> !handlingLimit(c.code(), dispatchAt).equals(fromLimit)).findFirst().orElseThrow();
        String number = report("incident", from, pointInGrids());
        step("operator", number, "accept", Map.of());
        JsonNode accepted = get("supervisor", number);
        assertThat(accepted.path("allowedActions").toString()).contains("\"reclassify\"");
        assertThat(get("operator", number).path("allowedActions").toString()).doesNotContain("\"reclassify\"");

        at("2026-03-17T09:02:00");
        JsonNode changed = step("supervisor", number, "reclassify", Map.of("kind", "incident",
                "categoryCode", to.code(), "reason", "受理后发现属于另一类问题"));
        assertThat(changed.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(last(changed.path("timeline")).path("post").asString()).isEqualTo("SHIFT_SUPERVISOR");
        assertThat(changed.path("stage").asString()).isEqualTo("REGISTER");
        assertThat(changed.path("dueAt").asString()).isEqualTo(accepted.path("dueAt").asString());

        step("supervisor", number, "register", Map.of());
        at("2026-03-17T09:10:00");
        JsonNode dispatched = step("dispatcher", number, "dispatch", Map.of());

        assertThat(OffsetDateTime.parse(dispatched.path("dueAt").asString()).toInstant())
                .as("handling limit of %s (%s), not of %s (%s)", to.code(), handlingLimit(to.code(), dispatchAt),
                        from, fromLimit)
                .isEqualTo(calendars.dueAt(dispatchAt, handlingLimit(to.code(), dispatchAt)))
                .isNotEqualTo(calendars.dueAt(dispatchAt, fromLimit));
    }

    @Test
    void anAssetClassFindsTheNearestAssetForOwnerFirstRoutingAndAnIncidentDropsIt() {
        double[] point = pointInGrids();
        String identifier = AssetIdentifier.of("440307", MANHOLE, SEQUENCE.incrementAndGet()).value();
        Response imported = api.postRaw(token("admin"), "/api/v1/assets/import", """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[%s,%s]},
                 "properties":{"identifier":"%s","classCode":"%s","name":"供水井盖","departmentCode":"greening",
                  "status":"INTACT"}}]}""".formatted(point[1], point[0], identifier, MANHOLE));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String incident = incidentCode();
        String number = report("incident", incident, point);
        assertThat(get("operator", number).has("asset")).isFalse();

        JsonNode asAsset = step("operator", number, "reclassify",
                Map.of("kind", "asset", "categoryCode", MANHOLE, "reason", "是井盖问题"));
        assertThat(asAsset.path("kind").asString()).isEqualTo("asset");
        assertThat(asAsset.path("asset").path("identifier").asString()).isEqualTo(identifier);
        assertThat(asAsset.path("asset").path("picked").asBoolean()).isTrue();
        assertThat(asAsset.path("department").path("code").asString()).as("owner first").isEqualTo("greening");

        JsonNode back = step("operator", number, "reclassify",
                Map.of("kind", "incident", "categoryCode", incident, "reason", "还是事件"));
        assertThat(back.has("asset")).isFalse();
        GridPlace place = grids.locate(point[0], point[1]).orElseThrow();
        assertThat(back.path("department").path("code").asString())
                .isEqualTo(proposal(CategoryKind.INCIDENT, incident, place));
        assertThat(back.path("timeline").size()).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String current = incidentCode();
        String number = report("incident", current, pointInGrids());
        JsonNode before = get("operator", number);
        String onlyIncident = reportableIncidents().stream()
                .filter(c -> categories.find(CategoryKind.ASSET, c.code()).isEmpty()).findFirst().orElseThrow()
                .code();
        String other = otherIncident(current);

        refused(number, body -> body.remove("kind"), 400, "kind");
        refused(number, body -> body.put("kind", "weather"), 400, "kind");
        refused(number, body -> body.remove("categoryCode"), 400, "categoryCode");
        refused(number, body -> body.put("categoryCode", "99999"), 400, "categoryCode");
        refused(number, body -> {
            body.put("kind", "asset");
            body.put("categoryCode", onlyIncident);
        }, 400, "categoryCode");
        refused(number, body -> body.put("categoryCode", current), 400, "categoryCode");
        refused(number, body -> body.remove("reason"), 400, "reason");
        refused(number, body -> body.put("reason", "   "), 400, "reason");
        refused(number, body -> body.put("reason", "长".repeat(2001)), 400, "reason");
        refused(number, body -> body.put("reason", "原因\u0000"), 400, "reason");
        refused(number, body -> {
            body.put("categoryCode", "99999");
            body.remove("reason");
        }, 400, "reason");
        refused(number, body -> body.put("version", before.path("version").asInt() + 5), 409, null);

        String deactivated = otherIncident(other);
        assertThat(api.post(token("admin"), "/api/v1/categories/incident/" + deactivated + "/deactivate", null)
                .status()).isEqualTo(200);
        try {
            refused(number, body -> body.put("categoryCode", deactivated), 400, "categoryCode");
        } finally {
            assertThat(api.post(token("admin"), "/api/v1/categories/incident/" + deactivated + "/activate", null)
                    .status()).isEqualTo(200);
        }

        JsonNode after = get("operator", number);
        assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
        assertThat(after.path("timeline").size()).isEqualTo(1);
        assertThat(after.path("category").path("code").asString()).isEqualTo(current);
        assertThat(step("operator", number, "reclassify", body(other)).path("category").path("code").asString())
                .as("the same request with good fields passes").isEqualTo(other);
    }

    @Test
    void otherPostsAndOtherStatusesAreRefused() {
        String other = otherIncident(incidentCode());
        String reported = report("incident", incidentCode(), pointInGrids());
        for (String user : List.of("supervisor", "dispatcher", "inspector", "leader", "handler-water")) {
            Response response = act(user, reported, body(other));
            assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        step("operator", reported, "accept", Map.of());
        Response operatorAtRegister = act("operator", reported, body(other));
        assertThat(operatorAtRegister.status()).as(operatorAtRegister.body()).isEqualTo(403);

        step("supervisor", reported, "register", Map.of());
        Response registered = act("supervisor", reported, body(other));
        assertThat(registered.status()).as(registered.body()).isEqualTo(409);
        assertThat(registered.text("detail")).contains("reclassify");
        assertThat(get("operator", reported).path("allowedActions").toString()).doesNotContain("reclassify");
        assertThat(get("supervisor", reported).path("timeline").size()).isEqualTo(3);
    }

    private void refused(String number, Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = body(otherIncident(incidentCode()));
        change.accept(body);
        Response response = act("operator", number, body);
        assertThat(response.status()).as(body + ": " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().path("errors").toString()).as(response.body())
                    .contains("\"field\":\"" + field + "\"");
        }
    }

    private static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", code);
        body.put("reason", "类别有误");
        return body;
    }

    private List<Category> reportableIncidents() {
        return categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).toList();
    }

    private String otherIncident(String not) {
        return reportableIncidents().stream().map(Category::code).filter(code -> !code.equals(not)
                && !code.equals(incidentCode())).findFirst().orElseThrow();
    }

    private String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }

    private String proposal(CategoryKind kind, String code, GridPlace place) {
        return routing.propose(kind, code, place, null).orElse(null);
    }

    private TimeLimit handlingLimit(String code, Instant at) {
        return limits.handlingLimit(CategoryKind.INCIDENT, code, TimeLimits.DEFAULT_CONDITION,
                org.gridloop.casework.Urgency.NORMAL, at);
    }

    private void at(String localDateTime) {
        clock.stopAt(instant(localDateTime));
        tokens.clear();
    }

    private static Instant instant(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, api::token);
    }

    private String report(String kind, String code, double[] point) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("categoryCode", code);
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "类别待确认");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private Response act(String user, String number, Map<String, Object> body) {
        return api.post(token(user), "/api/v1/cases/" + number + "/reclassify", body);
    }

    private JsonNode step(String user, String number, String action, Map<String, Object> body) {
        Response response = api.post(token(user), "/api/v1/cases/" + number + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(String user, String number) {
        Response response = api.get(token(user), "/api/v1/cases/" + number);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode last(JsonNode timeline) {
        return timeline.get(timeline.size() - 1);
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
