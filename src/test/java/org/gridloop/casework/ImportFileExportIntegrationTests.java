package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The export of cases as a legacy import file (ADR 57): cases driven through the case API in
 * March 2045, a year no other test counts in, exported, and imported into a second platform on an
 * empty database with the same district, whose scorecards and headline figures must then be the
 * first platform's.
 *
 * <p>Only cases the format expresses are in the round trip: a return is re-dispatched to the
 * department it came back from (the format keeps one department, and replays returns to it); no
 * rework, extension or suspension. Measures counted by who took a step other than the report
 * (the inspectors' and teams' verifications and checks, the operators', supervisors' and
 * dispatchers' cards) are not compared: the import replays those steps by its own actor, so the
 * rows of inspectors who only verified or checked are not there after the import, and the import
 * actor's row is; each must count nothing the format carries.
 */
@HttpIntegrationTest
class ImportFileExportIntegrationTests {

    private static final String PERIOD = "2045-03";

    /** The objects whose scorecards the format carries, and the measures of theirs it does not. */
    private static final Map<String, Set<String>> CARRIED = new LinkedHashMap<>();

    static {
        Set<String> none = Set.of();
        CARRIED.put("subdistricts", none);
        CARRIED.put("communities", none);
        CARRIED.put("grids", none);
        CARRIED.put("departments", none);
        CARRIED.put("inspectors", Set.of("verifications", "verificationsOnTime", "verificationOnTimeRate", "checks",
                "checksOnTime", "checkOnTimeRate", "score", "grade"));
        CARRIED.put("teams", Set.of("verifications", "verificationsOnTime", "verificationOnTimeRate", "checks",
                "checksOnTime", "checkOnTimeRate"));
        CARRIED.put("vendors", none);
    }

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @Autowired
    JdbcClient jdbc;

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
    void aRoundTripIntoAnEmptyPlatformGivesTheSameScorecards() throws Exception {
        Map<String, String> cases = expressibleCases();
        scenario.at("2045-04-20T10:00:00");
        awaitEvaluated(api, scenario.token("leader"));
        String admin = scenario.token("admin");

        byte[] file = api.getBytes(admin, "/api/v1/exports/cases?period=" + PERIOD);

        List<String> lines = List.of(new String(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ImportedRows.HEADER));
        Map<String, List<String>> rows = new TreeMap<>();
        lines.subList(1, lines.size()).forEach(line -> rows.put(line.split(",", -1)[0],
                Arrays.asList(line.split(",", -1))));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(cases.values());
        String closed = cases.get("closed");
        String department = scenario.get(closed).json().path("department").path("code").asString();
        List<String> row = rows.get(closed);
        assertThat(row.subList(1, 3)).containsExactly("inspector", "incident");
        assertThat(row.subList(6, row.size())).containsExactly("2045-03-06T09:00:00+08:00", "inspector",
                "2045-03-06T09:05:00+08:00", "2045-03-06T09:10:00+08:00", "2045-03-06T09:30:00+08:00", department,
                "2045-03-06T11:00:00+08:00", "2045-03-06T11:20:00+08:00", "2045-03-06T11:30:00+08:00", "closed", "1");
        assertThat(rows.get(cases.get("rejected")).subList(6, rows.get(cases.get("rejected")).size()))
                .as("a hotline report names no reporter; its end is its closed_at").containsExactly(
                        "2045-03-10T09:00:00+08:00", "", "", "", "", "", "", "", "2045-03-10T09:40:00+08:00",
                        "rejected", "");

        try (SecondPlatform second = SecondPlatform.start()) {
            second.clock().stopAt(clock.instant());
            ApiClient other = new ApiClient(second.port());
            String otherAdmin = other.token("admin");
            ObjectNode model = (ObjectNode) api.get(admin, "/api/v1/evaluation/model?date=2045-03-01").json().deepCopy();
            model.remove("version");
            model.put("effectiveFrom", "2045-01-01");
            assertThat(other.post(otherAdmin, "/api/v1/evaluation/models", model).status())
                    .as("the second platform scores under the first one's model").isEqualTo(201);
            assertThat(other.get(otherAdmin, "/api/v1/exports/cases").body().split("\r\n"))
                    .as("the second platform starts with no case").hasSize(1);

            Response imported = other.postBytes(otherAdmin, "/api/v1/imports/cases", "text/csv", file);

            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().path("imported").asInt()).isEqualTo(cases.size());
            String otherLeader = other.token("leader");
            awaitEvaluated(other, otherLeader);
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, Set<String>> object : CARRIED.entrySet()) {
                differences.addAll(differences(object.getKey(), object.getValue(),
                        card(api, scenario.token("leader"), object.getKey()),
                        card(other, otherLeader, object.getKey())));
            }
            assertThat(differences).as("scorecards of %s, live against imported", PERIOD).isEmpty();
            assertThat(kpis(other, otherLeader)).isEqualTo(kpis(api, scenario.token("leader")));
            assertThat(other.getBytes(otherAdmin, "/api/v1/exports/cases?period=" + PERIOD))
                    .as("the imported cases export to the same file").isEqualTo(file);
        }
    }

    @Test
    void reimportingAnExportIntoTheSamePlatformIsRefusedAndWritesNothing() {
        String number = scenario.inspectorReport("2046-03-05T09:00:00");
        scenario.step("2046-03-05T09:05:00", "operator", number, "accept");
        scenario.at("2046-03-20T10:00:00");
        String admin = scenario.token("admin");
        byte[] file = api.getBytes(admin, "/api/v1/exports/cases?period=2046-03-05");
        long before = jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
        long jobs = jdbc.sql("SELECT count(*) FROM casework_import").query(Long.class).single();

        Response again = api.postBytes(admin, "/api/v1/imports/cases", "text/csv", file);

        assertThat(again.status()).as(again.body()).isEqualTo(400);
        JsonNode error = again.json().path("errors").get(0);
        assertThat(again.json().path("errors").size()).isEqualTo(1);
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("field").asString()).isEqualTo("number");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_import").query(Long.class).single()).isEqualTo(jobs);
    }

    @Test
    void writesTheLastPassOfAReworkedCaseAndASuspendedCaseAsItIs() {
        String day = "2058-03-05T";
        String reworked = scenario.inspectorReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", reworked, "accept");
        scenario.step(day + "09:10:00", "supervisor", reworked, "register");
        scenario.step(day + "09:15:00", "dispatcher", reworked, "dispatch");
        String handler = "handler-" + scenario.get(reworked).json().path("department").path("code").asString();
        scenario.step(day + "11:00:00", handler, reworked, "reportHandled", Map.of("note", "已处理"));
        scenario.step(day + "11:10:00", "operator", reworked, "requestCheck");
        scenario.byAssignedInspector(day + "11:20:00", reworked, "check", Map.of("passed", false, "note", "未处理好"));
        String suspended = scenario.inspectorReport(day + "13:00:00");
        scenario.step(day + "13:05:00", "operator", suspended, "accept");
        scenario.step(day + "13:10:00", "supervisor", suspended, "register");
        scenario.step(day + "13:15:00", "dispatcher", suspended, "dispatch");
        String other = "handler-" + scenario.get(suspended).json().path("department").path("code").asString();
        scenario.step(day + "13:30:00", other, suspended, "requestSuspension", Map.of("reason", "需市级资金"));
        scenario.step(day + "13:40:00", "dispatcher", suspended, "decideSuspension", Map.of("approved", true));
        scenario.at("2058-03-20T10:00:00");

        String text = new String(api.getBytes(scenario.token("admin"), "/api/v1/exports/cases?period=2058-W10"),
                StandardCharsets.UTF_8);

        Map<String, String> lines = new TreeMap<>();
        for (String line : text.split("\r\n")) {
            lines.put(line.split(",", 2)[0], line);
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(reworked)).as("back with the department: handled and checked are cut")
                .endsWith(",2058-03-05T09:15:00+08:00," + handler.substring("handler-".length()) + ",,,,dispatched,0");
        assertThat(lines.get(suspended)).endsWith(",,,,suspended,0");
        Response refused = api.postBytes(scenario.token("admin"), "/api/v1/imports/cases", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("final_status");
    }

    @Test
    void refusesABadPeriodAndAnyoneButAdministrators() {
        Response bad = api.get(scenario.token("admin"), "/api/v1/exports/cases?period=2045-13");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("period");
        for (String user : List.of("leader", "operator", "dispatcher", "inspector")) {
            assertThat(api.get(scenario.token(user), "/api/v1/exports/cases?period=2045-03").status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/exports/cases").status()).isEqualTo(401);
    }

    /**
     * March 2045 (the 6th to the 10th are Monday to Friday), every path the format expresses:
     * closed after a return to the same department, a confirmed hotline report handled, one being
     * checked, one dispatched, one discarded, one declined, a hotline report not found and
     * rejected, one registered and one only reported.
     */
    private Map<String, String> expressibleCases() {
        Map<String, String> cases = new LinkedHashMap<>();
        String day = "2045-03-06T";
        String closed = scenario.inspectorReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", closed, "accept");
        scenario.step(day + "09:10:00", "supervisor", closed, "register");
        String department = scenario.proposedDepartment(closed);
        scenario.step(day + "09:15:00", "dispatcher", closed, "dispatch", Map.of("departmentCode", department));
        scenario.step(day + "09:20:00", "handler-" + department, closed, "requestReturn", Map.of("reason", "需会同处置"));
        scenario.step(day + "09:25:00", "dispatcher", closed, "approveReturn");
        scenario.step(day + "09:30:00", "dispatcher", closed, "dispatch", Map.of("departmentCode", department));
        scenario.step(day + "11:00:00", "handler-" + department, closed, "reportHandled", Map.of("note", "已处理"));
        scenario.step(day + "11:10:00", "operator", closed, "requestCheck");
        scenario.byAssignedInspector(day + "11:20:00", closed, "check", Map.of("passed", true));
        scenario.step(day + "11:30:00", "supervisor", closed, "close");
        cases.put("closed", closed);

        day = "2045-03-07T";
        String handled = scenario.hotlineReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", handled, "requestVerification");
        scenario.byAssignedInspector(day + "09:30:00", handled, "verify", Map.of("confirmed", true));
        scenario.step(day + "09:40:00", "operator", handled, "accept");
        scenario.step(day + "09:45:00", "supervisor", handled, "register");
        scenario.step(day + "09:50:00", "dispatcher", handled, "dispatch");
        scenario.step(day + "14:00:00", handlerOf(handled), handled, "reportHandled", Map.of("note", "已处理"));
        cases.put("handled", handled);

        day = "2045-03-08T";
        String checking = scenario.inspectorReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", checking, "accept");
        scenario.step(day + "09:10:00", "supervisor", checking, "register");
        scenario.step(day + "09:15:00", "dispatcher", checking, "dispatch");
        scenario.step(day + "10:30:00", handlerOf(checking), checking, "reportHandled", Map.of("note", "已处理"));
        scenario.step(day + "10:40:00", "operator", checking, "requestCheck");
        cases.put("checking", checking);
        String dispatched = scenario.inspectorReport(day + "11:00:00");
        scenario.step(day + "11:05:00", "operator", dispatched, "accept");
        scenario.step(day + "11:10:00", "supervisor", dispatched, "register");
        scenario.step(day + "11:15:00", "dispatcher", dispatched, "dispatch");
        cases.put("dispatched", dispatched);

        day = "2045-03-09T";
        String discarded = scenario.inspectorReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", discarded, "accept");
        scenario.step(day + "09:10:00", "supervisor", discarded, "register");
        scenario.step(day + "09:15:00", "supervisor", discarded, "discard", Map.of("reason", "重复立案"));
        cases.put("discarded", discarded);
        String declined = scenario.inspectorReport(day + "10:00:00");
        scenario.step(day + "10:05:00", "operator", declined, "accept");
        scenario.step(day + "10:10:00", "supervisor", declined, "decline", Map.of("reason", "不符合立案条件"));
        cases.put("declined", declined);

        day = "2045-03-10T";
        String rejected = scenario.hotlineReport(day + "09:00:00");
        scenario.step(day + "09:05:00", "operator", rejected, "requestVerification");
        scenario.byAssignedInspector(day + "09:30:00", rejected, "verify", Map.of("confirmed", false, "note", "现场未见"));
        scenario.step(day + "09:40:00", "operator", rejected, "reject", Map.of("reason", "核实不属实"));
        cases.put("rejected", rejected);
        String registered = scenario.inspectorReport(day + "10:00:00");
        scenario.step(day + "10:05:00", "operator", registered, "accept");
        scenario.step(day + "10:10:00", "supervisor", registered, "register");
        cases.put("registered", registered);
        cases.put("reported", scenario.inspectorReport(day + "11:00:00"));
        return cases;
    }

    private String handlerOf(String number) {
        return "handler-" + scenario.get(number).json().path("department").path("code").asString();
    }

    /** Waits until the evaluation counts every case of the round trip. */
    private static void awaitEvaluated(ApiClient client, String token) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(card(client, token, "subdistricts").path("total").path("registered").asLong()).isEqualTo(6);
            assertThat(card(client, token, "subdistricts").path("total").path("closed").asLong()).isEqualTo(1);
            assertThat(card(client, token, "inspectors").path("total").path("reports").asLong()).isEqualTo(7);
            assertThat(card(client, token, "departments").path("total").path("handled").asLong()).isEqualTo(3);
        });
    }

    private static JsonNode card(ApiClient client, String token, String object) {
        Response response = client.get(token, "/api/v1/scorecards/" + object + "?period=" + PERIOD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The headline figures of the period, but the cases overdue now, which count the whole platform. */
    private static JsonNode kpis(ApiClient client, String token) {
        Response response = client.get(token, "/api/v1/kpis?period=" + PERIOD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ObjectNode figures = (ObjectNode) response.json().deepCopy();
        figures.remove("overdueNow");
        return figures;
    }

    /** Every value of rows, rollups and total that differs between the two cards, measures not carried left out. */
    private static List<String> differences(String object, Set<String> notCarried, JsonNode live, JsonNode imported) {
        List<String> differences = new ArrayList<>();
        Map<String, JsonNode> liveRows = keyed(live.path("rows"));
        Map<String, JsonNode> importedRows = keyed(imported.path("rows"));
        liveRows.forEach((key, row) -> {
            if (importedRows.containsKey(key)) {
                compare(object + " " + key, notCarried, row, importedRows.get(key), differences);
            } else if (!carriesNothing(row, notCarried)) {
                differences.add(object + " " + key + " is missing: " + row);
            }
        });
        importedRows.forEach((key, row) -> {
            if (!liveRows.containsKey(key) && !carriesNothing(row, notCarried)) {
                differences.add(object + " " + key + " is new: " + row);
            }
        });
        Map<String, JsonNode> liveRollups = keyed(live.path("rollups"));
        Map<String, JsonNode> importedRollups = keyed(imported.path("rollups"));
        liveRollups.forEach((key, rollup) -> compare(object + " rollup " + key, notCarried, rollup,
                importedRollups.get(key), differences));
        compare(object + " total", notCarried, live.path("total"), imported.path("total"), differences);
        return differences;
    }

    private static void compare(String where, Set<String> notCarried, JsonNode live, JsonNode imported,
            List<String> differences) {
        if (imported == null) {
            differences.add(where + " is missing");
            return;
        }
        Set<String> fields = new LinkedHashSet<>(live.propertyNames());
        fields.addAll(imported.propertyNames());
        for (String field : fields) {
            if (!notCarried.contains(field) && !live.path(field).equals(imported.path(field))) {
                differences.add(where + " " + field + ": " + live.path(field) + " against " + imported.path(field));
            }
        }
    }

    /**
     * Whether the row counts nothing the format carries: the row of someone who only took steps
     * the import replays by its own actor (an inspector who only verified or checked), or the
     * import actor's own row.
     */
    private static boolean carriesNothing(JsonNode row, Set<String> notCarried) {
        for (String field : row.propertyNames()) {
            JsonNode value = row.path(field);
            if (!notCarried.contains(field) && value.isNumber() && value.asDouble() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Rows by their first field, the object's key. */
    private static Map<String, JsonNode> keyed(JsonNode rows) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        for (JsonNode row : rows) {
            keyed.put(row.path(row.propertyNames().iterator().next()).asString(), row);
        }
        return keyed;
    }
}
