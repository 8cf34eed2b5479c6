package org.gridloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient.Response;
import org.gridloop.identity.Post;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The setup guide ({@code docs/onboarding.md}) run step by step over real HTTP on an empty
 * installation: the embedded PostgreSQL without the demo, the first administrator from
 * configuration, then the district from the sample files under {@code docs/samples/}. The first
 * test takes step 1 of the guide on the installation as it comes, the last runs the rest.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "gridloop.demo.enabled=false",
        "gridloop.admin.username=chief",
        "gridloop.admin.password=Onboard-2026-start"})
@TestMethodOrder(OrderAnnotation.class)
class OnboardingIntegrationTests {

    static final String ADMIN_PASSWORD = "Onboard-2026-start";
    static final String NEW_ADMIN_PASSWORD = "Xiling-Donghu-2027-first";
    static final String XILING = "440399001";
    static final String GEOJSON = "application/geo+json";
    /** A point in unit grid 44039900100101 of 西岭南社区. */
    static final double LAT = 22.505;
    static final double LON = 113.905;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private ApiClient api;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void anEmptyInstallationHasOnlyItsFirstAdministratorWhoMustFirstChangeThePassword() {
        api = new ApiClient(port);
        String first = api.token("chief", ADMIN_PASSWORD);
        Response refused = api.get(first, "/api/v1/departments");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("password");
        assertThat(api.post(null, "/api/v1/auth/token", Map.of("username", "admin", "password", "demo"))
                .status()).isEqualTo(401);

        String admin = changeTheFirstPassword(first);
        Response departments = api.get(admin, "/api/v1/departments");
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json()).as("an empty installation").isEmpty();
        assertThat(api.get(admin, "/api/v1/grids/versions").json().valueStream()
                .mapToInt(version -> version.path("gridCount").asInt())).containsOnly(0);
    }

    @Test
    @Order(2)
    void theLastAdministratorKeepsThePost() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("chief", NEW_ADMIN_PASSWORD);
        Map<String, Object> demotion = new HashMap<>();
        demotion.put("displayName", "chief");
        demotion.put("posts", List.of("LEADER"));

        Response refused = api.put(admin, "/api/v1/accounts/chief", demotion);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("posts");
        assertThat(api.get(admin, "/api/v1/me").json().path("posts").path(0).asString()).isEqualTo("ADMINISTRATOR");

        Map<String, Object> deputy = new HashMap<>(demotion);
        deputy.put("username", "deputy");
        deputy.put("displayName", "副主任");
        deputy.put("password", "Second-Onboard-2026");
        deputy.put("posts", List.of("ADMINISTRATOR"));
        assertThat(api.post(admin, "/api/v1/accounts", deputy).status()).isEqualTo(201);
        demotion.put("displayName", "副主任");
        assertThat(api.put(api.token("deputy", "Second-Onboard-2026"), "/api/v1/accounts/deputy", demotion).status())
                .isEqualTo(200);
    }

    /** {@code docs/onboarding.md}, section by section, with the accounts it creates. */
    @Test
    @Order(3)
    void theSetupGuideTakesAnEmptyInstallationToItsFirstClosedCase() throws IOException {
        api = new ApiClient(port);
        String admin = api.token("chief", NEW_ADMIN_PASSWORD);
        importTheAreasAndUnitGrids(admin);
        createTheDepartments(admin);
        chooseTheCategories(admin);
        createTheAccounts(admin);
        formTheTeamsAndWorkGrids(admin);
        writeTheRoutingRules(admin);
        readTheAuditLog(admin);

        String number = reportAndCloseOneCase();

        disableAnAccount(admin, number);
    }

    /** Step 1 of the guide. */
    private String changeTheFirstPassword(String first) {
        Response changed = api.post(first, "/api/v1/me/password",
                Map.of("currentPassword", ADMIN_PASSWORD, "newPassword", NEW_ADMIN_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(first, "/api/v1/me").status()).as("the token from before the change").isEqualTo(401);
        String admin = changed.text("token");
        assertThat(api.get(admin, "/api/v1/me").json().path("posts").path(0).asString()).isEqualTo("ADMINISTRATOR");
        assertThat(api.token("chief", NEW_ADMIN_PASSWORD)).isNotBlank();
        return admin;
    }

    private void importTheAreasAndUnitGrids(String admin) throws IOException {
        Response asForm = api.postBytes(admin, "/api/v1/areas/import?label=sample",
                "application/x-www-form-urlencoded", sample("areas.geojson"));
        assertThat(asForm.status()).as("a file sent without its Content-Type: " + asForm.body()).isEqualTo(400);
        assertThat(api.get(admin, "/api/v1/areas").json()).isEmpty();
        Response areas = api.postBytes(admin, "/api/v1/areas/import?label=sample", GEOJSON, sample("areas.geojson"));
        assertThat(areas.status()).as(areas.body()).isEqualTo(201);
        assertThat(areas.json().path("revision").path("subdistrictCount").asInt()).isEqualTo(2);
        Response fromCsv = api.postBytes(admin, "/api/v1/areas/import?format=csv", "text/csv", sample("areas.csv"));
        assertThat(fromCsv.status()).as(fromCsv.body()).isEqualTo(200);
        assertThat(fromCsv.json().path("changed").asBoolean()).isFalse();

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Response grids = api.postBytes(admin, "/api/v1/grids/versions?label=sample&effectiveFrom=" + today, GEOJSON,
                sample("grids.geojson"));
        assertThat(grids.status()).as(grids.body()).isEqualTo(201);
        assertThat(grids.json().path("gridCount").asInt()).isEqualTo(8);
        assertThat(api.get(admin, "/api/v1/grids/44039900100101").text("subdistrictName")).isEqualTo("西岭街道");
    }

    private void createTheDepartments(String admin) throws IOException {
        for (JsonNode department : samples("departments.json")) {
            Response created = api.postRaw(admin, "/api/v1/departments", department.toString());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        Response departments = api.get(admin, "/api/v1/departments");
        assertThat(departments.json().valueStream().map(d -> d.path("code").asString() + "/" + d.path("kind").asString()))
                .containsExactlyInAnyOrder("water/department", "enforcement/department",
                        "office-440399001/subdistrict-office", "office-440399002/subdistrict-office");
    }

    private void chooseTheCategories(String admin) {
        Response schemes = api.get(admin, "/api/v1/categories/schemes");
        assertThat(schemes.json().valueStream().filter(scheme -> scheme.path("active").asBoolean())
                .map(scheme -> scheme.path("id").asString())).containsExactly("GB/T 47678.5-2026");
        Response chosen = api.put(admin, "/api/v1/categories/scheme", Map.of("scheme", "GB/T 47678.5-2026"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("kind", "incident");
        local.put("code", "06901");
        local.put("majorCode", "06");
        local.put("name", "共享单车乱停放");
        Response added = api.post(admin, "/api/v1/categories", local);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("majorName").asString()).isEqualTo("市容环境类");
    }

    private void createTheAccounts(String admin) throws IOException {
        Map<String, Object> weak = new LinkedHashMap<>();
        weak.put("username", "weak");
        weak.put("displayName", "弱口令");
        weak.put("password", "password123");
        weak.put("posts", List.of("LEADER"));
        Response refused = api.post(admin, "/api/v1/accounts", weak);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("password");

        List<String> posts = new ArrayList<>();
        for (JsonNode account : samples("accounts.json")) {
            Response created = api.postRaw(admin, "/api/v1/accounts", account.toString());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().has("password")).isFalse();
            passwords.put(account.path("username").asString(), account.path("password").asString());
            account.path("posts").forEach(post -> posts.add(post.asString()));
        }
        Response imported = api.postBytes(admin, "/api/v1/accounts/import", "text/csv", sample("accounts.csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("created").asInt()).isEqualTo(3);
        assertThat(api.get(admin, "/api/v1/accounts/zheng.hao").text("departmentCode")).isEqualTo("water");
        assertThat(api.get(admin, "/api/v1/accounts/xl-003").json().path("subdistrictCodes").path(0).asString())
                .isEqualTo(XILING);
        assertThat(posts).as("every post").containsAll(Arrays.stream(Post.values())
                .map(Enum::name).toList());
        assertThat(api.get(admin, "/api/v1/accounts?post=DEPARTMENT_HANDLER&department=water").json()
                .valueStream().map(account -> account.path("username").asString())).containsExactly("zheng.hao", "zhou.tao");
        assertThat(api.get(token("zhou.tao"), "/api/v1/me").text("departmentCode")).isEqualTo("water");
    }

    private void formTheTeamsAndWorkGrids(String admin) {
        Map<String, Object> xiling = new LinkedHashMap<>();
        xiling.put("code", "team-440399001");
        xiling.put("name", "西岭街道监督员队");
        xiling.put("subdistrictCode", XILING);
        xiling.put("mode", "self-organized");
        xiling.put("quarterlyQuota", 600);
        Map<String, Object> donghu = new LinkedHashMap<>();
        donghu.put("code", "team-440399002");
        donghu.put("name", "东湖街道监督员队");
        donghu.put("subdistrictCode", "440399002");
        donghu.put("mode", "outsourced");
        donghu.put("vendor", Map.of("name", "示例城市信息采集服务有限公司"));
        donghu.put("quarterlyQuota", 300);
        assertThat(api.post(admin, "/api/v1/vendors", Map.of("code", "example-collect",
                "name", "示例城市信息采集服务有限公司", "contactName", "李明", "contactPhone", "0755-12345678"))
                .status()).isEqualTo(201);
        for (Map<String, Object> team : List.of(xiling, donghu)) {
            Response created = api.post(admin, "/api/v1/teams", team);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        assertThat(api.put(admin, "/api/v1/teams/team-440399001/members", List.of("xl-001", "xl-002")).json()
                .path("members").valueStream().map(JsonNode::asString)).containsExactly("xl-001", "xl-002");
        assertThat(api.put(admin, "/api/v1/teams/team-440399002/members", List.of("dh-001")).status()).isEqualTo(200);
        List<Map<String, String>> periods = new ArrayList<>();
        for (String weekday : List.of("monday", "tuesday")) {
            periods.add(Map.of("weekday", weekday, "start", "09:00", "end", "12:00"));
            periods.add(Map.of("weekday", weekday, "start", "14:00", "end", "18:00"));
        }
        Response shifts = api.put(admin, "/api/v1/teams/team-440399001/shifts",
                Map.of("workingDaysOnly", true, "version", 0, "periods", periods));
        assertThat(shifts.status()).as(shifts.body()).isEqualTo(200);
        assertThat(shifts.json().path("periods").size()).isEqualTo(4);

        workGrid(admin, "wg-440399001-1", "西岭南责任网格", XILING, List.of("44039900100101", "44039900100102"), "xl-001");
        workGrid(admin, "wg-440399001-2", "西岭北责任网格", XILING, List.of("44039900100201", "44039900100202"), "xl-002");
        workGrid(admin, "wg-440399002-1", "东湖责任网格", "440399002",
                List.of("44039900200101", "44039900200102", "44039900200201", "44039900200202"), "dh-001");
        assertThat(api.get(admin, "/api/v1/work-grids/unassigned").json()).isEmpty();
        Response grid = api.get(admin, "/api/v1/grids/44039900100101");
        assertThat(grid.json().path("workGrid").path("code").asString()).isEqualTo("wg-440399001-1");
        assertThat(grid.json().path("inspectors").valueStream().map(JsonNode::asString)).containsExactly("xl-001");
    }

    private void workGrid(String admin, String code, String name, String subdistrict, List<String> unitGrids,
            String inspector) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("subdistrictCode", subdistrict);
        body.put("unitGrids", unitGrids);
        body.put("inspectors", List.of(inspector));
        Response created = api.post(admin, "/api/v1/work-grids", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void writeTheRoutingRules(String admin) {
        Response water = api.post(admin, "/api/v1/routing-rules",
                Map.of("kind", "incident", "classCode", "01001", "departmentCode", "water"));
        assertThat(water.status()).as(water.body()).isEqualTo(201);
        Response enforcement = api.post(admin, "/api/v1/routing-rules",
                Map.of("kind", "incident", "majorCode", "06", "departmentCode", "enforcement"));
        assertThat(enforcement.status()).as(enforcement.body()).isEqualTo(201);

        JsonNode manhole = explain(admin, "01001");
        assertThat(manhole.path("departmentCode").asString()).isEqualTo("water");
        assertThat(manhole.path("basis").asString()).isEqualTo("rule");
        assertThat(manhole.path("rule").path("id").asLong()).isEqualTo(water.json().path("id").asLong());
        assertThat(manhole.path("gridCode").asString()).isEqualTo("44039900100101");
        assertThat(manhole.path("subdistrictCode").asString()).isEqualTo(XILING);
        JsonNode bicycles = explain(admin, "06901");
        assertThat(bicycles.path("departmentCode").asString()).isEqualTo("enforcement");
        assertThat(bicycles.path("rule").path("majorCode").asString()).isEqualTo("06");
        JsonNode uncovered = explain(admin, "02001");
        assertThat(uncovered.path("basis").asString()).isEqualTo("subdistrict-office");
        assertThat(uncovered.path("departmentCode").asString()).isEqualTo("office-440399001");
    }

    private JsonNode explain(String admin, String categoryCode) {
        Response explained = api.get(admin, "/api/v1/routing-rules/explain?kind=incident&categoryCode=" + categoryCode
                + "&lat=" + LAT + "&lon=" + LON);
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        return explained.json();
    }

    private void readTheAuditLog(String admin) {
        assertThat(api.get(admin, "/api/v1/audit?actor=chief&object=routing-rule").json().path("entries")
                .valueStream().map(entry -> entry.path("action").asString())).containsExactly("create", "create");
        JsonNode account = api.get(admin, "/api/v1/audit?object=account&objectId=zhao.min").json().path("entries");
        assertThat(account.valueStream().map(entry -> entry.path("action").asString())).containsExactly("create");
        assertThat(account.path(0).path("actor").asString()).isEqualTo("chief");
        assertThat(account.path(0).path("after").toString()).doesNotContain("Intake-Sample-2027");
    }

    private String reportAndCloseOneCase() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "incident");
        report.put("categoryCode", "01001");
        report.put("lat", LAT);
        report.put("lon", LON);
        report.put("address", "西岭南路 8 号");
        report.put("description", "供水井盖缺失");
        report.put("clientId", "xl-001-0001");
        Response reported = api.post(token("xl-001"), "/api/v1/reports", report);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().path("grid").path("code").asString()).isEqualTo("44039900100101");
        String number = reported.text("number");

        step("zhao.min", number, "accept", Map.of());
        step("qian.lei", number, "register", Map.of());
        JsonNode proposal = caseFile("sun.li", number).path("department");
        assertThat(proposal.path("code").asString()).isEqualTo("water");
        assertThat(proposal.path("proposed").asBoolean()).isTrue();
        step("sun.li", number, "dispatch", Map.of());

        Response foreign = api.post(token("wu.hua"), "/api/v1/cases/" + number + "/reportHandled",
                Map.of("note", "不是本部门的"));
        assertThat(foreign.status()).as("a handler of another department").isEqualTo(403);

        step("zhou.tao", number, "reportHandled", Map.of("note", "已更换井盖"));
        Response checking = step("zhao.min", number, "requestCheck", Map.of());
        assertThat(checking.text("assignedInspector")).isEqualTo("xl-001");
        assertThat(api.post(token("xl-002"), "/api/v1/cases/" + number + "/check", Map.of("passed", true)).status())
                .as("an inspector without the task").isEqualTo(403);
        step("xl-001", number, "check", Map.of("passed", true, "note", "井盖已复位"));
        Response closed = step("qian.lei", number, "close", Map.of());

        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.json().path("allowedActions").valueStream().map(JsonNode::asString)).containsOnly("comment");
        assertThat(caseFile("qian.lei", number).path("timeline").valueStream().map(entry -> entry.path("action").asString()))
                .containsExactly("submit", "accept", "register", "dispatch", "reportHandled", "requestCheck", "check",
                        "close");
        return number;
    }

    /** Takes an action the case offers the user now ({@code allowedActions}), which must succeed. */
    private Response step(String username, String number, String action, Map<String, Object> body) {
        assertThat(caseFile(username, number).path("allowedActions").valueStream().map(JsonNode::asString))
                .as(username + " may " + action).contains(action);
        Response response = api.post(token(username), "/api/v1/cases/" + number + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode caseFile(String username, String number) {
        Response found = api.get(token(username), "/api/v1/cases/" + number);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    private void disableAnAccount(String admin, String number) {
        String handler = token("wu.hua");
        assertThat(api.get(handler, "/api/v1/me").status()).isEqualTo(200);

        Response disabled = api.post(admin, "/api/v1/accounts/wu.hua/disable", Map.of());

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(api.get(handler, "/api/v1/cases/" + number).status()).isEqualTo(401);
        assertThat(api.post(null, "/api/v1/auth/token", Map.of("username", "wu.hua", "password", passwords.get("wu.hua")))
                .status()).isEqualTo(401);
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, name -> api.token(name, passwords.get(name)));
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("docs/samples", name));
    }

    private static JsonNode samples(String name) throws IOException {
        return JSON.readTree(sample(name));
    }
}
