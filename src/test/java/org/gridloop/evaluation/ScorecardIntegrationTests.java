package org.gridloop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridloop.ApiClient;
import org.gridloop.Period;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.evaluation.internal.Scorecard;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
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
 * The scorecards over cases driven through the case API in 2040, a year no other test counts
 * in, counted by hand (ADR 0054): every object's counts and rates, the period boundaries, each
 * count's drill-down, the model versions and the exports.
 */
@HttpIntegrationTest
class ScorecardIntegrationTests {

    private static final List<String> OBJECTS = List.of("subdistricts", "communities", "grids", "departments",
            "inspectors", "operators", "supervisors", "dispatchers", "teams", "vendors");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @Autowired
    Scorecards scorecards;

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

    /**
     * March 2040 (the 5th to the 7th are Monday to Wednesday): a case returned once, reworked once
     * and closed; one extended, suspended, resumed and handled; one discarded; a hotline report
     * found not to be there; one waiting for dispatch — then every scorecard of the month.
     */
    @Test
    void countsEachObjectByHandAndEveryCountDrillsDownToAsManyCases() {
        List<String> numbers = scenario.variedCases(2040);
        String looped = numbers.get(0);
        scenario.at("2040-04-20T10:00:00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(card("supervisors", "2040-03").path("total").path("closings").asLong()).isEqualTo(1));

        JsonNode regions = card("subdistricts", "2040-03").path("total");
        assertThat(regions.path("registered").asLong()).as("looped, parked, discarded, waiting").isEqualTo(4);
        assertThat(regions.path("publicReports").asLong()).as("the hotline report was never registered").isZero();
        assertThat(regions.path("dueForClosing").asLong()).as("the discarded one is not due").isEqualTo(3);
        assertThat(regions.path("closed").asLong()).isEqualTo(1);
        assertThat(regions.path("closingRate").asDouble()).isEqualTo(1.0 / 3);
        String subdistrict = scenario.get(looped).json().path("grid").path("subdistrictCode").asString();
        JsonNode row = rowOf(card("subdistricts", "2040-03"), "subdistrict", subdistrict);
        assertThat(row.path("registered").asLong()).isPositive();
        assertThat(row.path("grade").asString()).isIn("A", "B", "C", "D", "E");
        assertThat(row.path("difficulty").asDouble()).as("no sizes entered: no weighting").isEqualTo(1.0);

        JsonNode departments = card("departments", "2040-03").path("total");
        assertThat(departments.path("due").asLong()).as("looped's second dispatch and parked's").isEqualTo(2);
        assertThat(departments.path("returns").asLong()).as("looped's first dispatch").isEqualTo(1);
        assertThat(departments.path("handled").asLong()).isEqualTo(2);
        assertThat(departments.path("handlingRate").asDouble()).isEqualTo(1.0);
        assertThat(departments.path("reworks").asLong()).isEqualTo(1);
        assertThat(departments.path("reworkRate").asDouble()).isEqualTo(0.5);
        assertThat(departments.path("extensions").asLong()).isEqualTo(1);
        assertThat(departments.path("extensionRate").asDouble()).isEqualTo(0.5);
        assertThat(departments.path("overdueUnhandled").asLong()).isZero();
        String right = scenario.get(looped).json().path("department").path("code").asString();
        assertThat(rowOf(card("departments", "2040-03"), "department", right).path("reworks").asLong())
                .as("the rework counts for the department that handled").isEqualTo(1);

        JsonNode inspector = rowOf(card("inspectors", "2040-03"), "username", "inspector");
        assertThat(inspector.path("reports").asLong()).isEqualTo(4);
        assertThat(inspector.path("validReports").asLong()).as("the discarded one is not valid").isEqualTo(3);
        assertThat(inspector.path("validReportRate").asDouble()).isEqualTo(0.75);

        JsonNode operator = rowOf(card("operators", "2040-03"), "username", "operator");
        assertThat(operator.path("accepted").asLong()).isEqualTo(4);
        assertThat(operator.path("verificationRequests").asLong()).isEqualTo(1);
        assertThat(operator.path("checkRequests").asLong()).isEqualTo(2);
        assertThat(operator.path("acceptedScore").asDouble()).as("the most accepted scores the top band")
                .isEqualTo(100.0);

        JsonNode supervisor = rowOf(card("supervisors", "2040-03"), "username", "supervisor");
        assertThat(supervisor.path("registrations").asLong()).isEqualTo(4);
        assertThat(supervisor.path("registrationsKept").asLong()).isEqualTo(3);
        assertThat(supervisor.path("registrationAccuracy").asDouble()).isEqualTo(0.75);
        assertThat(supervisor.path("closings").asLong()).isEqualTo(1);

        JsonNode dispatcher = rowOf(card("dispatchers", "2040-03"), "username", "dispatcher");
        assertThat(dispatcher.path("dispatches").asLong()).isEqualTo(3);
        assertThat(dispatcher.path("dispatchesAccurate").asLong()).isEqualTo(2);
        assertThat(dispatcher.path("dispatchAccuracy").asDouble()).isEqualTo(2.0 / 3);

        JsonNode teams = card("teams", "2040-03");
        String team = teamOf("inspector");
        JsonNode teamRow = rowOf(teams, "team", team);
        assertThat(teamRow.path("reports").asLong()).as("the reporter's team when reporting").isEqualTo(4);
        assertThat(teamRow.path("share").asDouble()).as("every inspector report of the month").isEqualTo(1.0);
        assertThat(teamRow.path("reportsPerInspector").asDouble())
                .isEqualTo(4.0 / teamRow.path("inspectors").asInt());
        assertThat(teams.path("rollups").size()).isEqualTo(2);
        long rolledUp = 0;
        for (JsonNode rollup : teams.path("rollups")) {
            assertThat(rollup.path("mode").asString()).isIn("SELF_ORGANIZED", "OUTSOURCED");
            rolledUp += rollup.path("reports").asLong();
        }
        assertThat(rolledUp).isEqualTo(teams.path("total").path("reports").asLong()).isEqualTo(4);

        for (String object : OBJECTS) {
            JsonNode card = card(object, "2040-03");
            for (JsonNode measure : card.path("measures")) {
                String name = measure.asString();
                for (JsonNode line : card.path("rows")) {
                    String key = line.path(card.path("rows").get(0).propertyNames().iterator().next()).asString();
                    assertThat(drill(object, name, "&key=" + key)).as(object + " " + key + " " + name)
                            .isEqualTo(line.path(name).asLong());
                }
                if (card.path("total").has(name)) {
                    assertThat(drill(object, name, "")).as(object + " total " + name)
                            .isEqualTo(card.path("total").path(name).asLong());
                }
                for (JsonNode rollup : card.path("rollups")) {
                    assertThat(drill(object, name, "&mode=" + rollup.path("mode").asString()))
                            .as(object + " " + rollup.path("mode").asString() + " " + name)
                            .isEqualTo(rollup.path(name).asLong());
                }
            }
        }

        Period march = Period.parse("2040-03");
        Map<ScorecardObject, Scorecard> together = scorecards.all(march, Locale.CHINA);
        for (ScorecardObject object : ScorecardObject.values()) {
            Scorecard alone = scorecards.of(object, march, Locale.CHINA);
            assertThat(together.get(object).rows()).as(object + " counted with the others")
                    .containsExactlyInAnyOrderElementsOf(alone.rows());
            assertThat(together.get(object).rollups()).as(object.path).isEqualTo(alone.rollups());
            assertThat(together.get(object).total()).as(object.path).isEqualTo(alone.total());
        }
        JsonNode all = api.get(token(), "/api/v1/scorecards?period=2040-03").json();
        assertThat(all.path("period").asString()).isEqualTo("2040-03");
        for (String object : OBJECTS) {
            assertThat(all.path("scorecards").path(object).path("total")).as(object + " in one answer")
                    .isEqualTo(card(object, "2040-03").path("total"));
        }
    }

    /** A case registered and dispatched on 31 May 2040, handled and closed in June. */
    @Test
    void countsAStepInThePeriodItHappenedIn() {
        String number = scenario.inspectorReport("2040-05-31T09:00:00");
        scenario.step("2040-05-31T09:05:00", "operator", number, "accept");
        scenario.step("2040-05-31T09:10:00", "supervisor", number, "register");
        scenario.step("2040-05-31T09:15:00", "dispatcher", number, "dispatch");
        String handler = "handler-" + scenario.get(number).json().path("department").path("code").asString();
        scenario.step("2040-06-01T10:00:00", handler, number, "reportHandled", Map.of("note", "已处理"));
        scenario.step("2040-06-01T10:05:00", "operator", number, "requestCheck");
        scenario.byAssignedInspector("2040-06-01T10:10:00", number, "check", Map.of("passed", true));
        scenario.step("2040-06-01T10:20:00", "supervisor", number, "close");
        scenario.at("2040-06-20T10:00:00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                card("supervisors", "2040-06").path("total").path("closings").asLong()).isEqualTo(1));

        JsonNode may = card("subdistricts", "2040-05").path("total");
        assertThat(may.path("registered").asLong()).isEqualTo(1);
        assertThat(may.path("closed").asLong()).as("closed after May's end").isZero();
        assertThat(may.path("closingRate").asDouble()).isZero();
        JsonNode both = card("subdistricts", "2040-05-01..2040-06-30").path("total");
        assertThat(both.path("closed").asLong()).isEqualTo(1);
        assertThat(both.path("closingRate").asDouble()).isEqualTo(1.0);
        assertThat(card("subdistricts", "2040-06").path("total").path("registered").asLong())
                .as("registered in May, not June").isZero();

        JsonNode mayDepartments = card("departments", "2040-05").path("total");
        assertThat(mayDepartments.path("due").asLong()).isEqualTo(1);
        assertThat(mayDepartments.path("handled").asLong()).as("handled after May's end").isZero();
        assertThat(card("departments", "2040-Q2").path("total").path("handled").asLong()).isEqualTo(1);
        assertThat(card("supervisors", "2040-05").path("total").path("closings").asLong()).isZero();
        assertThat(card("supervisors", "2040-W22").path("total").path("closings").asLong())
                .as("the ISO week of 31 May and 1 June").isEqualTo(1);
        assertThat(card("subdistricts", "2099").path("total").path("registered").asLong())
                .as("a future period is empty").isZero();
    }

    @Test
    void refusesUnknownObjectsPeriodsMeasuresAndFormats() {
        assertField(api.get(token(), "/api/v1/scorecards/streets?period=2040-03"), "object");
        assertField(api.get(token(), "/api/v1/scorecards?period=2040-3"), "period");
        assertField(api.get(token(), "/api/v1/scorecards/teams?period=2040-13"), "period");
        assertField(api.get(token(), "/api/v1/scorecards/teams"), "period");
        assertField(api.get(token(), "/api/v1/scorecards/teams/cases?period=2040-03&measure=nothing"), "measure");
        assertField(api.get(token(), "/api/v1/scorecards/departments/cases?period=2040-03&measure=due&mode=OUTSOURCED"),
                "mode");
        assertField(api.get(token(), "/api/v1/scorecards/teams/export?period=2040-03&format=pdf"), "format");
        assertThat(api.get(api.token("inspector"), "/api/v1/scorecards/teams?period=2040-03").status())
                .isEqualTo(403);
    }

    /** A model added from July 2040 scores July under it and June under the one before. */
    @Test
    void scoresEachPeriodUnderTheModelInForceOnItsFirstDay() {
        String admin = api.token("admin");
        JsonNode defaults = api.get(admin, "/api/v1/evaluation/model?date=2040-06-30").json();
        assertThat(defaults.path("weights").path("departments").path("handlingRate").asDouble()).isEqualTo(30.0);

        Response refused = api.postRaw(admin, "/api/v1/evaluation/models", """
                {"effectiveFrom":"2040-07-01","weights":{"departments":{"handlingRate":-1,"speed":5}},
                 "grades":[{"grade":"A","minScore":50},{"grade":"B","minScore":60}],
                 "countBands":[{"minShare":0,"score":100}],
                 "difficulty":{"enabled":true,"populationWeight":2,"assetWeight":0.5,"exponent":0.1}}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).contains("weights.departments.handlingRate", "weights.departments.speed",
                "weights.inspectors", "grades[1]", "difficulty.populationWeight");

        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("effectiveFrom", "2040-07-01");
        model.put("weights", api.get(admin, "/api/v1/evaluation/model?date=2040-06-30").json().path("weights"));
        model.put("grades", List.of(Map.of("grade", "优", "minScore", 80), Map.of("grade", "差", "minScore", 0)));
        model.put("countBands", List.of(Map.of("minShare", 0, "score", 100)));
        model.put("difficulty", Map.of("enabled", true, "populationWeight", 0.5, "assetWeight", 0.5, "exponent", 0.1,
                "subdistricts", Map.of()));
        assertThat(api.post(api.token("leader"), "/api/v1/evaluation/models", model).status()).isEqualTo(403);
        Response added = api.post(admin, "/api/v1/evaluation/models", model);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        int version = added.json().path("version").asInt();
        assertThat(version).isPositive();

        assertThat(card("departments", "2040-07").path("model").path("version").asInt()).isEqualTo(version);
        assertThat(card("departments", "2040-06").path("model").path("version").asInt()).isLessThan(version);
        assertThat(api.get(admin, "/api/v1/evaluation/models/" + version).json().path("grades").get(0)
                .path("grade").asString()).isEqualTo("优");
        assertThat(api.get(admin, "/api/v1/evaluation/models/99999").status()).isEqualTo(404);
    }

    /** The .xlsx opens with Chinese headers and the API's numbers; the CSV has the same lines. */
    @Test
    void exportsTheScorecardAsXlsxAndCsv() throws Exception {
        scenario.variedCases(2041);
        scenario.at("2041-04-20T10:00:00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(card("supervisors", "2041-03").path("total").path("closings").asLong()).isEqualTo(1));
        JsonNode card = card("departments", "2041-03");
        byte[] xlsx = api.getBytes(token(), "/api/v1/scorecards/departments/export?period=2041-03");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("部门编码", "名称", "应处置数", "处置率", "综合得分", "等级");
            int due = headers.indexOf("应处置数");
            int rate = headers.indexOf("处置率");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(headers.indexOf("名称")).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(due).getNumericCellValue()).isEqualTo(card.path("total").path("due").asDouble());
            assertThat(total.getCell(rate).getNumericCellValue())
                    .isEqualTo(card.path("total").path("handlingRate").asDouble());
            assertThat(total.getCell(rate).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getLastRowNum()).isEqualTo(card.path("rows").size() + 1);
        }
        String csv = new String(api.getBytes(token(), "/api/v1/scorecards/departments/export?period=2041-03&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF部门编码,名称,");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(card.path("rows").size() + 2);
        assertThat(lines[lines.length - 1]).contains("合计").contains("100.0%");
    }

    private JsonNode card(String object, String period) {
        Response response = api.get(token(), "/api/v1/scorecards/" + object + "?period=" + period);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long drill(String object, String measure, String selection) {
        Response response = api.get(token(), "/api/v1/scorecards/" + object + "/cases?period=2040-03&measure="
                + measure + selection);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("cases").size()).isEqualTo(response.json().path("count").asInt());
        return response.json().path("count").asLong();
    }

    private static JsonNode rowOf(JsonNode card, String field, String key) {
        for (JsonNode row : card.path("rows")) {
            if (key.equals(row.path(field).asString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + card);
    }

    private String teamOf(String inspector) {
        for (JsonNode team : api.get(api.token("admin"), "/api/v1/teams").json()) {
            for (JsonNode member : team.path("members")) {
                if (inspector.equals(member.asString()) || inspector.equals(member.path("username").asString())) {
                    return team.path("code").asString();
                }
            }
        }
        throw new AssertionError(inspector + " is in no team");
    }

    private String token() {
        return scenario.token("leader");
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }
}
