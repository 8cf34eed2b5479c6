package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workstation pages over real HTTP with form login: who may open which queue, what a refused
 * action looks like, the English pages, the htmx partial and the queue sections.
 */
@HttpIntegrationTest
class CasePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    /** One sequence for all tests, so that no two reports land close enough to be duplicates. */
    private static final Random RANDOM = new Random(23);

    @Test
    void refusesEachQueueToOtherPostsWithTheForbiddenPage() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("/queues/intake", new String[] {"operator", "dispatcher"});
        pages.put("/hotline", new String[] {"operator", "supervisor"});
        pages.put("/queues/registration", new String[] {"supervisor", "operator"});
        pages.put("/queues/closing", new String[] {"supervisor", "handler-water"});
        pages.put("/queues/dispatch", new String[] {"dispatcher", "supervisor"});
        pages.put("/queues/department", new String[] {"handler-water", "inspector"});
        pages.put("/queues/tasks", new String[] {"inspector", "leader"});
        pages.forEach((path, users) -> {
            assertThat(signedIn(users[0]).get(path).statusCode()).as(path + " for " + users[0]).isEqualTo(200);
            HttpResponse<String> refused = signedIn(users[1]).get(path);
            assertThat(refused.statusCode()).as(path + " for " + users[1]).isEqualTo(403);
            assertThat(refused.body()).contains("无权访问", "此页面属于其他岗位");
        });
        assertThat(signedIn("leader").get("/cases").statusCode()).isEqualTo(200);
        assertThat(signedIn("operator").get("/queues/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void showsARefusedActionInChineseWithTheFieldAtFaultAndTheTypedValues() {
        String number = report(pointInGrids());
        TestHttp operator = signedIn("operator");

        HttpResponse<String> refused = act(operator, number, "merge", Map.of("into", "12345", "note", "同一处积水"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("合并 · 未能办理", "案卷号格式不正确", "value=\"12345\"",
                "同一处积水", "已上报");
        HttpResponse<String> notForPost = act(operator, number, "register", Map.of());
        assertThat(notForPost.statusCode()).isEqualTo(403);
        assertThat(notForPost.body()).contains("您的岗位不能对状态为 已上报 的案卷执行“立案”操作");
    }

    @Test
    void refusesAnActionOnAVersionSomeoneElseChanged() {
        String number = report(pointInGrids());
        TestHttp operator = signedIn("operator");
        assertThat(act(operator, number, "comment", Map.of("note", "已电话联系", "version", "0")).statusCode())
                .isEqualTo(302);

        HttpResponse<String> stale = act(operator, number, "accept", Map.of("version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("案卷 " + number + " 已被他人更新，请刷新后重试");
        assertThat(operator.get("/cases/" + number).body()).contains("已上报").doesNotContain(">已受理<");
    }

    @Test
    void redirectsBackToTheCaseWithAMessageAfterAnAction() {
        String number = report(pointInGrids());
        TestHttp operator = signedIn("operator");

        HttpResponse<String> accepted = act(operator, number, "accept", Map.of("version", "0"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/cases/" + number));
        assertThat(operator.get("/cases/" + number).body()).contains("“受理”已办理。", "已受理");
    }

    @Test
    void rendersThePagesInEnglish() {
        String number = report(pointInGrids());
        TestHttp operator = signedIn("operator");

        String queue = operator.get("/queues/intake?lang=en").body();
        String page = operator.get("/cases/" + number).body();

        assertThat(queue).contains("<html lang=\"en\"", "To accept", "To request a check", "Case number",
                "Subdistrict", "Filter");
        assertThat(page).contains("Timeline", "Request verification", "Accept", "Reject", "Reason", "Reported",
                "Automatic (the reporting inspector or one of the subdistrict&#39;s team)");
        assertThat(operator.get("/hotline").body()).contains("Hotline entry", "Caller (never shown publicly)");
    }

    @Test
    void answersAnHtmxFilterWithTheResultsOnly() {
        String number = report(pointInGrids());
        TestHttp operator = signedIn("operator");

        HttpResponse<String> results = operator.get("/queues/intake?number=" + number, "HX-Request", "true");

        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).startsWith("<div id=\"results\">").doesNotContain("<html", "<nav class=\"navigation\"")
                .contains("href=\"/cases/" + number + "\"", "共 1 件");
    }

    @Test
    void flagsTheLaterOfTwoNearbyReportsAsAProbableDuplicate() {
        double[] point = pointInGrids();
        String rareClass = categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .reduce((earlier, later) -> later).orElseThrow().code();
        String first = report(point, rareClass);
        String second = report(new double[] {point[0] + 0.0001, point[1]}, rareClass);
        TestHttp operator = signedIn("operator");

        assertThat(row(operator.get("/queues/intake?number=" + second).body(), second)).contains("疑似重复");
        assertThat(row(operator.get("/queues/intake?number=" + first).body(), first)).doesNotContain("疑似重复");
        String page = operator.get("/cases/" + second).body();
        assertThat(page).contains("疑似重复：", "href=\"/cases/" + first + "\"");
        assertThat(page.substring(page.indexOf("id=\"f-merge-into\""))).containsPattern("^[^>]*value=\"" + first + "\"");
    }

    @Test
    void showsAPendingExtensionInTheDispatchersExtensionSection() {
        String number = report(pointInGrids());
        api("operator", number, "accept", Map.of());
        api("supervisor", number, "register", Map.of());
        String department = api("dispatcher", number, "dispatch", Map.of()).json().path("department").path("code")
                .asString();
        TestHttp dispatcher = signedIn("dispatcher");
        assertThat(dispatcher.get("/queues/dispatch?section=extensions&number=" + number).body())
                .contains("共 0 件");

        TestHttp handler = signedIn("handler-" + department);
        HttpResponse<String> mistyped = act(handler, number, "requestExtension", Map.of("minutes", "两小时"));
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body()).contains("须为整数", "value=\"两小时\"");

        assertThat(act(handler, number, "requestExtension", Map.of("reason", "需采购配件", "minutes", "240"))
                .statusCode()).isEqualTo(302);

        String extensions = dispatcher.get("/queues/dispatch?section=extensions&number=" + number).body();
        assertThat(extensions).contains("href=\"/cases/" + number + "\"", "延期待批");
        assertThat(dispatcher.get("/cases/" + number).body()).contains("审批延期", "value=\"240\"");
        assertThat(handler.get("/queues/department?number=" + number).body())
                .contains("href=\"/cases/" + number + "\"");
    }

    @Test
    void keepsTheHotlineFormAndNamesEachFieldAtFault() {
        TestHttp operator = signedIn("operator");
        String csrf = TestHttp.csrfToken(operator.get("/hotline").body());

        HttpResponse<String> refused = operator.postForm("/hotline", Map.of("_csrf", csrf, "kind", "incident",
                "categoryCode", incidentCode(), "description", "水管爆裂", "lat", "北纬", "lon", "114.2",
                "clientId", UUID.randomUUID().toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("上报信息有误", "须为数字", "必填", "水管爆裂", "value=\"北纬\"");
    }

    @Test
    void showsTheHotlineCallerToTheSupervisionCenterOnly() {
        TestHttp operator = signedIn("operator");
        String csrf = TestHttp.csrfToken(operator.get("/hotline").body());
        double[] point = pointInGrids();

        HttpResponse<String> created = operator.postForm("/hotline", Map.of("_csrf", csrf, "callerName", "赵女士",
                "callerPhone", "13900139000", "kind", "incident", "categoryCode", incidentCode(),
                "description", "路灯不亮", "lat", String.valueOf(point[0]), "lon", String.valueOf(point[1]),
                "clientId", UUID.randomUUID().toString()));

        assertThat(created.statusCode()).isEqualTo(302);
        String page = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(operator.get(page).body()).contains("13900139000", "赵女士", "12319 热线", "请派发核实");
        assertThat(signedIn("dispatcher").get(page).body()).doesNotContain("13900139000", "赵女士");
    }

    @Test
    void searchesCasesByStatus() {
        String number = report(pointInGrids());
        api("operator", number, "reject", Map.of("reason", "不属于城管范围"));
        TestHttp leader = signedIn("leader");

        assertThat(leader.get("/cases?status=REJECTED&number=" + number).body())
                .contains("href=\"/cases/" + number + "\"");
        assertThat(leader.get("/cases?status=REPORTED&number=" + number).body()).contains("共 0 件");
    }

    /** The table row of a case; a number filter also lists the cases whose numbers begin with it. */
    private static String row(String page, String number) {
        int link = page.indexOf("href=\"/cases/" + number + "\"");
        assertThat(link).as("row of " + number).isPositive();
        return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
    }

    private TestHttp signedIn(String username) {
        TestHttp http = new TestHttp(port);
        assertThat(http.signIn(username, "demo").statusCode()).isEqualTo(302);
        return http;
    }

    private HttpResponse<String> act(TestHttp http, String number, String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", TestHttp.csrfToken(http.get("/cases/" + number).body()));
        return http.postForm("/cases/" + number + "/" + action, form);
    }

    private ApiClient.Response api(String username, String number, String action, Map<String, Object> body) {
        ApiClient client = new ApiClient(port);
        ApiClient.Response response = client.post(client.token(username), "/api/v1/cases/" + number + "/" + action,
                body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private String report(double[] point) {
        return report(point, incidentCode());
    }

    /** Reports as the demo inspector and returns the new case number. */
    private String report(double[] point, String categoryCode) {
        ApiClient client = new ApiClient(port);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", categoryCode);
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "路面有积水");
        body.put("clientId", UUID.randomUUID().toString());
        ApiClient.Response response = client.post(client.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }

    private double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + RANDOM.nextDouble() * 0.20;
            double lon = 114.10 + RANDOM.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
