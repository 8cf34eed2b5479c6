package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.timing.Supervision;
import org.gridloop.timing.UrgeNotice;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Staff of a subdistrict center (街道分中心) see and work the cases of their subdistricts only:
 * in lists, on the case, in actions and in urge notices; an administrator widening the account
 * takes effect on the next request. A hotline call about another subdistrict is recorded and left
 * to that subdistrict's center.
 */
@HttpIntegrationTest
class SubdistrictScopeIntegrationTests {

    private static final String PINGDI = "440307001";
    private static final String PASSWORD = "Fenzhongxin#2026";

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @Autowired
    Supervision supervision;

    private final Random random = new Random(31);

    @Test
    void subdistrictCentreWorksOnlyTheCasesOfItsSubdistricts() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("admin");
        String username = "centre-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("displayName", "坪地分中心");
        account.put("password", PASSWORD);
        account.put("posts", List.of("INTAKE_OPERATOR", "SHIFT_SUPERVISOR", "DISPATCHER"));
        account.put("subdistrictCodes", List.of(PINGDI));
        Response created = api.post(admin, "/api/v1/accounts", account);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String centre = api.token(username, PASSWORD);
        String inspector = api.token("inspector");

        String own = report(api, inspector, place -> place.subdistrictCode().equals(PINGDI));
        GridPlace elsewhere = placeOf(place -> !place.subdistrictCode().equals(PINGDI));
        String other = report(api, inspector, place -> place.subdistrictCode().equals(elsewhere.subdistrictCode()));

        JsonNode listed = api.get(centre, "/api/v1/cases?status=REPORTED&size=100").json();
        assertThat(listed.path("content").valueStream().map(line -> line.path("subdistrictCode").asString()))
                .isNotEmpty().containsOnly(PINGDI);
        assertThat(listed.path("content").valueStream().map(line -> line.path("number").asString()))
                .contains(own).doesNotContain(other);
        assertThat(api.get(centre, "/api/v1/cases?subdistrict=" + elsewhere.subdistrictCode()).json()
                .path("totalElements").asLong()).isZero();
        assertThat(api.get(admin, "/api/v1/cases?subdistrict=" + elsewhere.subdistrictCode()).json()
                .path("totalElements").asLong()).as("the district's staff see it").isPositive();

        assertThat(api.get(centre, "/api/v1/cases/" + other).status()).isEqualTo(403);
        Response refused = api.post(centre, "/api/v1/cases/" + other + "/accept", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/cases/" + other).text("status")).as("nothing changed")
                .isEqualTo("REPORTED");

        for (String action : List.of("accept", "register")) {
            assertThat(api.post(centre, "/api/v1/cases/" + own + "/" + action, Map.of()).status()).isEqualTo(200);
            assertThat(api.post(api.token(action.equals("accept") ? "operator" : "supervisor"),
                    "/api/v1/cases/" + other + "/" + action, Map.of()).status()).isEqualTo(200);
        }
        String dispatcher = api.token("dispatcher");
        for (String number : List.of(own, other)) {
            String department = api.get(admin, "/api/v1/cases/" + number).json().path("department").path("code")
                    .asString();
            String by = number.equals(own) ? centre : dispatcher;
            assertThat(api.post(by, "/api/v1/cases/" + number + "/dispatch", Map.of("departmentCode", department))
                    .status()).isEqualTo(200);
            assertThat(api.post(dispatcher, "/api/v1/cases/" + number + "/urge", Map.of("note", "请尽快处置"))
                    .status()).isEqualTo(200);
        }
        Actor scoped = new Actor(username, "坪地分中心", Set.of(Post.DISPATCHER), null, Set.of(PINGDI));
        Actor district = new Actor("dispatcher", "调度员", Set.of(Post.DISPATCHER), null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !noticesOf(district, other).isEmpty() && !noticesOf(scoped, own).isEmpty());
        assertThat(supervision.recentNotices(scoped, 1000)).extracting(UrgeNotice::subdistrictCode)
                .containsOnly(PINGDI);
        assertThat(supervision.noticesOf(other, scoped)).isEmpty();
        assertThat(supervision.noticesOf(other, district)).isNotEmpty();

        account.remove("password");
        account.put("subdistrictCodes", List.of());
        Response widened = api.put(admin, "/api/v1/accounts/" + username, account);
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        assertThat(api.get(centre, "/api/v1/cases/" + other).status()).as("the same token, widened at once")
                .isEqualTo(200);
    }

    @Test
    void hotlineCallOutsideTheCentresSubdistrictsIsRecordedAndLeftToItsCentre() {
        ApiClient api = new ApiClient(port);
        String username = "hotline-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("displayName", "坪地热线");
        account.put("password", PASSWORD);
        account.put("posts", List.of("INTAKE_OPERATOR"));
        account.put("subdistrictCodes", List.of(PINGDI));
        assertThat(api.post(api.token("admin"), "/api/v1/accounts", account).status()).isEqualTo(201);
        TestHttp operator = new TestHttp(port);
        assertThat(operator.signIn(username, PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> inside = call(operator, pointWhere(place -> place.subdistrictCode().equals(PINGDI)));
        assertThat(inside.headers().firstValue("Location").orElseThrow()).contains("/cases/");

        HttpResponse<String> outside = call(operator, pointWhere(place -> !place.subdistrictCode().equals(PINGDI)));
        assertThat(outside.statusCode()).isEqualTo(302);
        assertThat(outside.headers().firstValue("Location").orElseThrow()).endsWith("/hotline");
        String page = operator.get("/hotline").body();
        assertThat(page).contains("不在您负责的街道，由所在街道分中心受理");
        String number = page.replaceAll("(?s).*热线来电已登记为案卷 (\\d+)；.*", "$1");
        assertThat(api.get(api.token("operator"), "/api/v1/cases/" + number).text("status")).isEqualTo("REPORTED");
        String own = inside.headers().firstValue("Location").orElseThrow().replaceAll(".*/cases/(\\d+).*", "$1");
        assertThat(operator.get("/queues/intake?number=" + own).body()).contains("href=\"/cases/" + own + "\"");
        assertThat(operator.get("/queues/intake?number=" + number).body()).doesNotContain("href=\"/cases/" + number);
    }

    private HttpResponse<String> call(TestHttp operator, double[] point) {
        String csrf = TestHttp.csrfToken(operator.get("/hotline").body());
        return operator.postForm("/hotline", Map.of("_csrf", csrf, "callerName", "赵女士", "callerPhone",
                "13900139000", "kind", "incident", "categoryCode", categories.active().stream()
                        .filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst().orElseThrow().code(),
                "description", "路灯不亮", "lat", String.valueOf(point[0]), "lon", String.valueOf(point[1]),
                "clientId", UUID.randomUUID().toString()));
    }

    private List<String> noticesOf(Actor actor, String number) {
        return supervision.recentNotices(actor, 1000).stream().map(UrgeNotice::caseNumber)
                .filter(number::equals).toList();
    }

    private String report(ApiClient api, String token, Predicate<GridPlace> where) {
        double[] point = pointWhere(where);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .findFirst().orElseThrow().code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "道路积水");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(token, "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private GridPlace placeOf(Predicate<GridPlace> where) {
        double[] point = pointWhere(where);
        return grids.locate(point[0], point[1]).orElseThrow();
    }

    private double[] pointWhere(Predicate<GridPlace> where) {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).filter(where).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
