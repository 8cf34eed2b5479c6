package org.gridloop.dispatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The routing rules over real HTTP: the tester that explains a decision, the most specific rule
 * winning, rules whose department was deactivated passed over, the territorial fallback, bad
 * rules refused by field, and every change in the audit log.
 */
@HttpIntegrationTest
class RoutingRuleAdministrationIntegrationTests {

    private static final String PINGHU = "440307001";

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    ApiClient api;
    String admin;
    double[] pinghu;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
        pinghu = pointIn(PINGHU);
    }

    @Test
    void explainsTheDemoRuleForAManholeCover() {
        JsonNode explained = explain("asset", "01001");

        assertThat(explained.path("departmentCode").asString()).isEqualTo("water");
        assertThat(explained.path("basis").asString()).isEqualTo("rule");
        assertThat(explained.path("rule").path("classCode").asString()).isEqualTo("01001");
        assertThat(explained.path("subdistrictCode").asString()).isEqualTo(PINGHU);
        assertThat(explained.path("gridCode").asString()).isNotBlank();
    }

    @Test
    void letsTheMostSpecificRuleWinAndAuditsEachChange() {
        Response added = api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", null, PINGHU, "roads"));
        assertThat(added.status()).isEqualTo(201);
        long id = added.json().path("id").asLong();
        assertThat(explain("asset", "01001").path("departmentCode").asString()).isEqualTo("roads");

        Response replaced = api.put(admin, "/api/v1/routing-rules/" + id, rule("asset", "01001", null, PINGHU, "housing"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(explain("asset", "01001").path("departmentCode").asString()).isEqualTo("housing");

        assertThat(api.delete(admin, "/api/v1/routing-rules/" + id).status()).isEqualTo(204);
        assertThat(explain("asset", "01001").path("departmentCode").asString()).isEqualTo("water");
        assertThat(api.get(admin, "/api/v1/routing-rules").json().valueStream()
                .noneMatch(entry -> entry.path("id").asLong() == id)).isTrue();
        assertThat(audit(id).valueStream().map(entry -> entry.path("action").asString()).toList())
                .containsExactly("delete", "update", "create");
    }

    @Test
    void passesOverARuleWhoseDepartmentWasDeactivated() {
        api.post(admin, "/api/v1/departments", Map.of("code", "pinghu-works", "name", "平湖工程队", "kind", "department"));
        long id = api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", null, PINGHU, "pinghu-works"))
                .json().path("id").asLong();
        assertThat(explain("asset", "01001").path("departmentCode").asString()).isEqualTo("pinghu-works");

        api.post(admin, "/api/v1/departments/pinghu-works/deactivate", Map.of());
        JsonNode explained = explain("asset", "01001");

        assertThat(explained.path("departmentCode").asString()).isEqualTo("water");
        assertThat(explained.path("passedOver").path(0).path("id").asLong()).isEqualTo(id);
        api.delete(admin, "/api/v1/routing-rules/" + id);
    }

    @Test
    void fallsBackToTheTerritorialDepartmentWithoutARule() {
        JsonNode rules = api.get(admin, "/api/v1/routing-rules").json();
        String unruled = "01023";
        assertThat(rules.valueStream().noneMatch(entry -> entry.path("kind").asString().equals("asset")
                && unruled.equals(entry.path("classCode").asString()))).isTrue();

        JsonNode explained = explain("asset", unruled);

        assertThat(explained.path("departmentCode").asString()).isEqualTo("subdistrict");
        assertThat(explained.path("basis").asString()).isEqualTo("fallback");
        assertThat(explained.path("rule").isNull() || explained.path("rule").isMissingNode()).isTrue();
    }

    @Test
    void refusesBadRulesNamingEachField() {
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("thing", "01001", null, null, "water"))))
                .containsExactly("kind");
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("asset", null, null, null, "water"))))
                .containsExactly("classCode");
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", "01", null, "water"))))
                .containsExactly("majorCode");
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("asset", "99999", null, null, "water"))))
                .containsExactly("classCode");
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", null, "440307999", "water"))))
                .containsExactly("subdistrictCode");
        assertThat(fields(api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", null, null, "nobody"))))
                .containsExactly("departmentCode");
        Response duplicate = api.post(admin, "/api/v1/routing-rules", rule("asset", "01001", null, null, "roads"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(fields(duplicate)).containsExactly("classCode");
        assertThat(api.get(admin, "/api/v1/routing-rules/explain?kind=asset&categoryCode=01001&lat=95&lon=114")
                .status()).isEqualTo(400);
        assertThat(api.put(admin, "/api/v1/routing-rules/987654", rule("asset", "01001", null, PINGHU, "water"))
                .status()).isEqualTo(404);
    }

    @Test
    void letsOnlyAdministratorsChangeRules() {
        Response refused = api.post(api.token("dispatcher"), "/api/v1/routing-rules",
                rule("asset", "01001", null, PINGHU, "roads"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(explain("asset", "01001").path("departmentCode").asString()).isEqualTo("water");
    }

    private JsonNode explain(String kind, String code) {
        Response response = api.get(admin, "/api/v1/routing-rules/explain?kind=" + kind + "&categoryCode=" + code
                + "&lat=" + pinghu[0] + "&lon=" + pinghu[1]);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode audit(long id) {
        return api.get(admin, "/api/v1/audit?object=routing-rule&objectId=" + id + "&limit=5").json().path("entries");
    }

    private double[] pointIn(String subdistrict) {
        for (double lat = 22.50; lat < 22.90; lat += 0.002) {
            for (double lon = 113.90; lon < 114.60; lon += 0.002) {
                GridPlace place = grids.locate(lat, lon).orElse(null);
                if (place != null && place.subdistrictCode().equals(subdistrict)) {
                    return new double[] {lat, lon};
                }
            }
        }
        throw new IllegalStateException("no grid in " + subdistrict);
    }

    private static Map<String, Object> rule(String kind, String classCode, String majorCode, String subdistrict,
            String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("classCode", classCode);
        body.put("majorCode", majorCode);
        body.put("subdistrictCode", subdistrict);
        body.put("departmentCode", department);
        return body;
    }

    private static List<String> fields(Response response) {
        return response.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
