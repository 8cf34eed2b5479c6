package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's trend, categories and hotspots over five cases of March 2047, a year no other
 * test counts in, driven through the case API at the edges of days, weeks and months in
 * Asia/Shanghai (ADR 0053), and every table of the dashboard exported as .xlsx and CSV with the
 * API's numbers (ADR 0055).
 */
@HttpIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiIntegrationTests {

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
    private final Random random = new Random(53);
    private Category first;
    private Category second;
    private String firstGrid;
    private String secondGrid;

    @BeforeAll
    void fiveCasesOfMarch() {
        api = new ApiClient(port);
        scenario = new EvaluationScenario(api, clock, grids, categories);
        List<Category> incidents = categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .toList();
        first = incidents.get(0);
        second = incidents.get(1);
        double[] one = pointInGrids();
        double[] near = nearbyInSameGrid(one);
        double[] other = pointInOtherGrid(one);

        // A: reported at the first instant of Monday 4 March (ISO week 10), registered and closed that day.
        String a = report("2047-03-04T00:00:00", first, one);
        scenario.step("2047-03-04T09:00:00", "operator", a, "accept");
        scenario.step("2047-03-04T09:05:00", "supervisor", a, "register");
        scenario.step("2047-03-04T09:10:00", "dispatcher", a, "dispatch");
        String handler = "handler-" + scenario.get(a).json().path("department").path("code").asString();
        scenario.step("2047-03-04T10:00:00", handler, a, "reportHandled", Map.of("note", "已处理"));
        scenario.step("2047-03-04T10:10:00", "operator", a, "requestCheck");
        scenario.byAssignedInspector("2047-03-04T10:20:00", a, "check", Map.of("passed", true));
        scenario.step("2047-03-04T10:30:00", "supervisor", a, "close");
        // B: reported at the last second of Sunday 3 March (week 9), registered on Monday, in A's grid.
        String b = report("2047-03-03T23:59:59", first, near);
        scenario.step("2047-03-04T09:20:00", "operator", b, "accept");
        scenario.step("2047-03-04T09:25:00", "supervisor", b, "register");
        // C: 07:30 on 10 March in Shanghai is still 9 March in UTC; another class and grid.
        String c = report("2047-03-10T07:30:00", second, other);
        scenario.step("2047-03-10T07:40:00", "operator", c, "accept");
        scenario.step("2047-03-10T07:50:00", "supervisor", c, "register");
        // D: reported in the last minute of March, registered in the first of April.
        String d = report("2047-03-31T23:59:00", first, pointInGrids());
        scenario.step("2047-03-31T23:59:30", "operator", d, "accept");
        scenario.step("2047-04-01T00:00:30", "supervisor", d, "register");
        // E: reported and never registered.
        report("2047-03-12T10:00:00", second, pointInGrids());

        firstGrid = gridOf(a);
        assertThat(gridOf(b)).isEqualTo(firstGrid);
        secondGrid = gridOf(c);
        assertThat(secondGrid).isNotEqualTo(firstGrid);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trend("2047-Q1", "month")
                .path("buckets").path(2).path("closed").asLong()).isEqualTo(1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsEachDayOfTheMonthInShanghaiEmptyDaysIncluded() {
        JsonNode trend = trend("2047-03", "day");

        assertThat(trend.path("by").asString()).isEqualTo("day");
        JsonNode buckets = trend.path("buckets");
        assertThat(buckets.size()).isEqualTo(31);
        assertThat(buckets.path(0).path("bucket").asString()).isEqualTo("2047-03-01");
        assertThat(OffsetDateTime.parse(buckets.path(0).path("from").asString()))
                .isEqualTo(OffsetDateTime.parse("2047-03-01T00:00:00+08:00"));
        assertThat(OffsetDateTime.parse(buckets.path(0).path("to").asString()))
                .isEqualTo(OffsetDateTime.parse("2047-03-02T00:00:00+08:00"));
        assertCounts(buckets.path(2), "2047-03-03", 1, 0, 0);
        assertCounts(buckets.path(3), "2047-03-04", 1, 2, 1);
        assertCounts(buckets.path(8), "2047-03-09", 0, 0, 0);
        assertCounts(buckets.path(9), "2047-03-10", 1, 1, 0);
        assertCounts(buckets.path(11), "2047-03-12", 1, 0, 0);
        assertCounts(buckets.path(30), "2047-03-31", 1, 0, 0);
        long reports = 0;
        for (JsonNode bucket : buckets) {
            reports += bucket.path("reports").asLong();
        }
        assertThat(reports).isEqualTo(5);
    }

    @Test
    void cutsTheIsoWeeksAtTheEdgesOfThePeriod() {
        JsonNode buckets = trend("2047-03", "week").path("buckets");

        assertThat(buckets.size()).isEqualTo(5);
        assertCounts(buckets.path(0), "2047-W09", 1, 0, 0);
        assertThat(OffsetDateTime.parse(buckets.path(0).path("from").asString())).as("Friday 1 March, not Monday")
                .isEqualTo(OffsetDateTime.parse("2047-03-01T00:00:00+08:00"));
        assertThat(OffsetDateTime.parse(buckets.path(0).path("to").asString()))
                .isEqualTo(OffsetDateTime.parse("2047-03-04T00:00:00+08:00"));
        assertCounts(buckets.path(1), "2047-W10", 2, 3, 1);
        assertCounts(buckets.path(2), "2047-W11", 1, 0, 0);
        assertCounts(buckets.path(3), "2047-W12", 0, 0, 0);
        assertCounts(buckets.path(4), "2047-W13", 1, 0, 0);
        assertThat(OffsetDateTime.parse(buckets.path(4).path("to").asString()))
                .isEqualTo(OffsetDateTime.parse("2047-04-01T00:00:00+08:00"));
    }

    @Test
    void listsTheEmptyMonthsOfAQuarterAndTheDaysOfARange() {
        JsonNode months = trend("2047-Q1", "month").path("buckets");
        assertThat(months.size()).isEqualTo(3);
        assertCounts(months.path(0), "2047-01", 0, 0, 0);
        assertCounts(months.path(1), "2047-02", 0, 0, 0);
        assertCounts(months.path(2), "2047-03", 5, 3, 1);

        JsonNode days = trend("2047-03-31..2047-04-01", "day").path("buckets");
        assertThat(days.size()).isEqualTo(2);
        assertCounts(days.path(0), "2047-03-31", 1, 0, 0);
        assertCounts(days.path(1), "2047-04-01", 0, 1, 0);
    }

    @Test
    void ranksTheCategoriesOfTheRegisteredCasesWithTheirCumulativeShare() {
        JsonNode pareto = get("/api/v1/dashboard/categories?period=2047-03");

        assertThat(pareto.path("registered").asLong()).as("A, B, C; D is April's, E never registered")
                .isEqualTo(3);
        JsonNode ranked = pareto.path("categories");
        assertThat(ranked.size()).isEqualTo(2);
        assertThat(ranked.path(0).path("code").asString()).isEqualTo(first.code());
        assertThat(ranked.path(0).path("kind").asString()).isEqualTo("INCIDENT");
        assertThat(ranked.path(0).path("name").asString()).isEqualTo(first.name());
        assertThat(ranked.path(0).path("majorName").asString()).isEqualTo(first.majorName());
        assertThat(ranked.path(0).path("registered").asLong()).isEqualTo(2);
        assertThat(ranked.path(0).path("share").asDouble()).isEqualTo(2.0 / 3);
        assertThat(ranked.path(0).path("cumulativeShare").asDouble()).isEqualTo(2.0 / 3);
        assertThat(ranked.path(1).path("code").asString()).isEqualTo(second.code());
        assertThat(ranked.path(1).path("registered").asLong()).isEqualTo(1);
        assertThat(ranked.path(1).path("cumulativeShare").asDouble()).isEqualTo(1.0);

        JsonNode april = get("/api/v1/dashboard/categories?period=2047-04");
        assertThat(april.path("registered").asLong()).isEqualTo(1);
        assertThat(get("/api/v1/dashboard/categories?period=2047-02").path("categories").size()).isZero();
    }

    @Test
    void countsTheRegisteredCasesOfEachUnitGrid() {
        JsonNode hotspots = get("/api/v1/dashboard/hotspots?period=2047-03");

        assertThat(hotspots.path("registered").asLong()).isEqualTo(3);
        assertThat(hotspots.path("grids").size()).isEqualTo(2);
        assertThat(hotspots.path("grids").path(0).path("code").asString()).isEqualTo(firstGrid);
        assertThat(hotspots.path("grids").path(0).path("registered").asLong()).isEqualTo(2);
        assertThat(hotspots.path("grids").path(1).path("code").asString()).isEqualTo(secondGrid);
        assertThat(hotspots.path("grids").path(1).path("registered").asLong()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(hotspots.path("to").asString()))
                .isEqualTo(OffsetDateTime.parse("2047-04-01T00:00:00+08:00"));
    }

    @Test
    void refusesAnUnknownBucketOnByAndABadPeriodOnPeriod() {
        for (String by : List.of("year", "", "days", "quarter")) {
            Response response = api.get(scenario.token("leader"), "/api/v1/dashboard/trend?period=2047-03&by=" + by);
            assertThat(response.status()).as(by).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").path(0).path("field").asString()).as(by).isEqualTo("by");
        }
        assertThat(api.get(scenario.token("leader"), "/api/v1/dashboard/trend?period=2047-03").status())
                .as("no by").isEqualTo(400);
        Response tooMany = api.get(scenario.token("leader"),
                "/api/v1/dashboard/trend?period=" + encode("2000-01-01..2047-12-31") + "&by=day");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").path(0).path("field").asString()).isEqualTo("by");
        for (String path : List.of("/api/v1/dashboard/trend?by=day&period=2047-13", "/api/v1/dashboard/categories",
                "/api/v1/dashboard/hotspots?period=March")) {
            Response response = api.get(scenario.token("leader"), path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().path("errors").path(0).path("field").asString()).as(path).isEqualTo("period");
        }
    }

    @Test
    void leadersAndTheCentersReadTheDashboardOthersDoNot() {
        for (String path : List.of("/api/v1/dashboard/trend?period=2047&by=month",
                "/api/v1/dashboard/categories?period=2047", "/api/v1/dashboard/hotspots?period=2047")) {
            for (String user : List.of("leader", "admin", "supervisor", "dispatcher")) {
                assertThat(api.get(scenario.token(user), path).status()).as(user + " " + path).isEqualTo(200);
            }
            for (String user : List.of("inspector", "operator", "handler-water")) {
                assertThat(api.get(scenario.token(user), path).status()).as(user + " " + path).isEqualTo(403);
            }
            assertThat(api.get(null, path).status()).isEqualTo(401);
        }
    }

    @Test
    void exportsTheTrendAsXlsxWithTheBucketsOfTheApi() throws IOException {
        JsonNode buckets = trend("2047-03", "week").path("buckets");

        try (XSSFWorkbook workbook = xlsx("/api/v1/dashboard/trend/export?period=2047-03&by=week&format=xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("时段", "起始日期", "截止日期", "上报数", "立案数", "结案数");
            assertThat(sheet.getLastRowNum()).isEqualTo(buckets.size());
            for (int i = 0; i < buckets.size(); i++) {
                Row row = sheet.getRow(i + 1);
                JsonNode bucket = buckets.path(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(bucket.path("bucket").asString());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(bucket.path("reports").asDouble());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(bucket.path("registered").asDouble());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(bucket.path("closed").asDouble());
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).as("Friday 1 March").isEqualTo("2047-03-01");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("the last day, Sunday")
                    .isEqualTo("2047-03-03");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void exportsTheCategoriesWithTheirSharesAsPercentages() throws IOException {
        JsonNode ranked = get("/api/v1/dashboard/categories?period=2047-03").path("categories");

        try (XSSFWorkbook workbook = xlsx("/api/v1/dashboard/categories/export?period=2047-03")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly("类型", "类别编码", "大类", "小类", "立案数", "占比", "累计占比");
            assertThat(sheet.getLastRowNum()).isEqualTo(ranked.size()).isEqualTo(2);
            for (int i = 0; i < ranked.size(); i++) {
                Row row = sheet.getRow(i + 1);
                JsonNode category = ranked.path(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("事件");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(category.path("code").asString());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(category.path("majorName").asString());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(category.path("name").asString());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(category.path("registered").asDouble());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(category.path("share").asDouble());
                assertThat(row.getCell(6).getNumericCellValue())
                        .isEqualTo(category.path("cumulativeShare").asDouble());
                assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            }
        }
        String csv = csv("/api/v1/dashboard/categories/export?period=2047-03&format=csv");
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF类型,类别编码,大类,小类,立案数,占比,累计占比");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("事件," + first.code() + ",").endsWith(",2,66.7%,66.7%");
        assertThat(lines[2]).endsWith(",1,33.3%,100.0%");
    }

    @Test
    void exportsTheHotspotGridsAsCsvWithAByteOrderMark() throws IOException {
        Response response = api.get(api.token("leader"), "/api/v1/dashboard/hotspots/export?period=2047-03&format=csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("dashboard-hotspots-2047-03.csv");

        byte[] bytes = api.getBytes(api.token("leader"), "/api/v1/dashboard/hotspots/export?period=2047-03&format=csv");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly("\uFEFF单元网格,立案数", firstGrid + ",2", secondGrid + ",1");

        try (XSSFWorkbook workbook = xlsx("/api/v1/dashboard/hotspots/export?period=2047-03")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(firstGrid);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(csv("/api/v1/dashboard/hotspots/export?period=2047-02&format=csv"))
                .as("an empty period, the header only").isEqualTo("\uFEFF单元网格,立案数\r\n");
    }

    @Test
    void exportsTheRankingsWithTheNumbersOfTheScorecards() throws IOException {
        for (String object : List.of("subdistricts", "departments")) {
            JsonNode card = get("/api/v1/scorecards/" + object + "?period=2047-03");
            JsonNode rows = card.path("rows");
            List<String> figures = object.equals("subdistricts")
                    ? List.of("registered", "closingRate", "closingOnTimeRate")
                    : List.of("due", "handlingRate", "handlingOnTimeRate");
            String keyField = object.equals("subdistricts") ? "subdistrict" : "department";
            try (XSSFWorkbook workbook = xlsx("/api/v1/dashboard/rankings/" + object + "/export?period=2047-03")) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> headers = texts(sheet.getRow(0));
                assertThat(headers).as(object).startsWith("名次").contains("名称", "综合得分", "等级");
                assertThat(sheet.getLastRowNum()).as(object).isEqualTo(rows.size()).isPositive();
                for (int i = 0; i < rows.size(); i++) {
                    Row row = sheet.getRow(i + 1);
                    JsonNode unit = rows.path(i);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.path(keyField).asString());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(unit.path("name").asString());
                    for (int f = 0; f < figures.size(); f++) {
                        assertNumber(row.getCell(3 + f), unit.path(figures.get(f)));
                    }
                    assertNumber(row.getCell(6), unit.path("score"));
                    if (unit.path("score").isNull()) {
                        assertThat(row.getCell(0)).as("no score, no place").isNull();
                    } else {
                        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                    }
                }
                int rated = 0;
                while (rated < rows.size() && rows.path(rated).path(figures.get(1)).isNull()) {
                    rated++;
                }
                assertThat(rated).as(object + ": a unit with a rate").isLessThan(rows.size());
                assertThat(sheet.getRow(rated + 1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(sheet.getRow(rated + 1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
            }
            String[] lines = csv("/api/v1/dashboard/rankings/" + object + "/export?period=2047-03&format=csv")
                    .split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFF名次,");
            assertThat(lines).hasSize(rows.size() + 1);
            assertThat(lines[1]).contains(rows.path(0).path("name").asString());
        }
        JsonNode regions = get("/api/v1/scorecards/subdistricts?period=2047-03").path("rows");
        long registered = 0;
        for (JsonNode unit : regions) {
            registered += unit.path("registered").asLong();
        }
        assertThat(registered).as("A, B and C were registered in March").isEqualTo(3);
    }

    @Test
    void speaksEnglishInTheHeadersUnderLangEn() throws IOException {
        try (XSSFWorkbook workbook = xlsx("/api/v1/dashboard/trend/export?period=2047-03&by=month&lang=en")) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0)))
                    .containsExactly("Bucket", "First day", "Last day", "Reports", "Registered", "Closed");
        }
        assertThat(csv("/api/v1/dashboard/categories/export?period=2047-03&format=csv&lang=en"))
                .startsWith("\uFEFFKind,Category code,Category,Subcategory,Registered,Share,Cumulative share\r\n"
                        + "Incident,");
        assertThat(csv("/api/v1/dashboard/rankings/departments/export?period=2047-03&format=csv&lang=en"))
                .startsWith("\uFEFFRank,");
    }

    @Test
    void refusesABadFormatPeriodOrObjectOfAnExportNamingIt() {
        String token = api.token("leader");
        for (String path : List.of("/api/v1/dashboard/trend/export?period=2047-03&by=day&format=pdf",
                "/api/v1/dashboard/categories/export?period=2047-03&format=xls",
                "/api/v1/dashboard/hotspots/export?period=2047-03&format=json",
                "/api/v1/dashboard/rankings/subdistricts/export?period=2047-03&format=CSV")) {
            assertProblem(api.get(token, path), path, "format");
        }
        for (String path : List.of("/api/v1/dashboard/trend/export?period=2047-13&by=day",
                "/api/v1/dashboard/categories/export?format=csv", "/api/v1/dashboard/hotspots/export?period=March",
                "/api/v1/dashboard/rankings/departments/export?period=2047-W99")) {
            assertProblem(api.get(token, path), path, "period");
        }
        assertProblem(api.get(token, "/api/v1/dashboard/trend/export?period=2047-03&by=hour"), "by", "by");
        for (String object : List.of("grids", "inspectors", "nobody")) {
            assertProblem(api.get(token, "/api/v1/dashboard/rankings/" + object + "/export?period=2047-03"), object,
                    "object");
        }
    }

    @Test
    void theDashboardsReadersExportItsTablesOthersDoNot() {
        for (String path : List.of("/api/v1/dashboard/trend/export?period=2047&by=month",
                "/api/v1/dashboard/categories/export?period=2047", "/api/v1/dashboard/hotspots/export?period=2047",
                "/api/v1/dashboard/rankings/subdistricts/export?period=2047&format=csv")) {
            for (String user : List.of("leader", "admin", "supervisor", "dispatcher")) {
                assertThat(api.get(scenario.token(user), path).status()).as(user + " " + path).isEqualTo(200);
            }
            for (String user : List.of("inspector", "operator", "handler-water")) {
                assertThat(api.get(scenario.token(user), path).status()).as(user + " " + path).isEqualTo(403);
            }
            assertThat(api.get(null, path).status()).isEqualTo(401);
        }
    }

    private static void assertProblem(Response response, String what, String field) {
        assertThat(response.status()).as(what).isEqualTo(400);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.json().path("errors").path(0).path("field").asString()).as(what).isEqualTo(field);
    }

    /** A cell holds the API's number, or is empty where the API has none. */
    private static void assertNumber(Cell cell, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            assertThat(cell).isNull();
        } else {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(value.asDouble());
        }
    }

    private XSSFWorkbook xlsx(String path) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(api.getBytes(api.token("leader"), path)));
    }

    private String csv(String path) {
        return new String(api.getBytes(api.token("leader"), path), StandardCharsets.UTF_8);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static void assertCounts(JsonNode bucket, String name, long reports, long registered, long closed) {
        assertThat(bucket.path("bucket").asString()).isEqualTo(name);
        assertThat(bucket.path("reports").asLong()).as(name + " reports").isEqualTo(reports);
        assertThat(bucket.path("registered").asLong()).as(name + " registered").isEqualTo(registered);
        assertThat(bucket.path("closed").asLong()).as(name + " closed").isEqualTo(closed);
    }

    private JsonNode trend(String period, String by) {
        return get("/api/v1/dashboard/trend?period=" + encode(period) + "&by=" + by);
    }

    private JsonNode get(String path) {
        Response response = api.get(api.token("leader"), path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String report(String at, Category category, double[] point) {
        scenario.at(at);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", category.code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "看板路 1 号");
        body.put("description", "道路破损");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(scenario.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private String gridOf(String number) {
        return scenario.get(number).json().path("grid").path("code").asString();
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

    /** A point some 40 m from the given one in the same unit grid, or beside it if the grid is too small. */
    private double[] nearbyInSameGrid(double[] point) {
        var grid = grids.locate(point[0], point[1]).orElseThrow().grid();
        double[][] offsets = {{0.0004, 0}, {-0.0004, 0}, {0, 0.0004}, {0, -0.0004}, {0.0001, 0}, {-0.0001, 0}};
        for (double[] offset : offsets) {
            double[] near = {point[0] + offset[0], point[1] + offset[1]};
            if (grids.locate(near[0], near[1]).filter(place -> place.grid().equals(grid)).isPresent()) {
                return near;
            }
        }
        return point.clone();
    }

    private double[] pointInOtherGrid(double[] point) {
        var grid = grids.locate(point[0], point[1]).orElseThrow().grid();
        while (true) {
            double[] other = pointInGrids();
            if (!grids.locate(other[0], other[1]).orElseThrow().grid().equals(grid)) {
                return other;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
