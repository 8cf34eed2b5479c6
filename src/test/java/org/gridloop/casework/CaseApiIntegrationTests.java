package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.gridloop.ApiClient.Part;
import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scope, concurrency, idempotency and bad input at the API: the documented status, a problem
 * naming the field, and nothing written.
 */
class CaseApiIntegrationTests extends CaseApiSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    JdbcClient jdbc;

    @Test
    void handlerOfAnotherDepartmentGets403OnEveryAction() {
        String number = dispatched();
        String department = get("dispatcher", number).json().path("department").path("code").asString();
        String other = department.equals("gas") ? "handler-power" : "handler-gas";

        for (CaseAction action : CaseAction.values()) {
            if (!action.createsCase()) {
                Response response = act(other, number, action.apiName(), Map.of("reason", "x", "note", "x"));
                assertThat(response.status()).as(action.apiName()).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(get(other, number).status()).isEqualTo(403);
        assertThat(get(other, "20999999999").status()).as("no leak of existence").isEqualTo(403);
        assertThat(get("dispatcher", "20999999999").status()).isEqualTo(404);
    }

    @Test
    void inspectorCannotRegister() {
        String number = report();
        step("operator", number, "accept");

        Response response = act("inspector", number, "register", Map.of());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("detail")).isNotBlank();
        assertThat(get("operator", number).text("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void twoParallelDispatchesOfOneCaseLetExactlyOneWin() throws Exception {
        String number = report();
        step("operator", number, "accept");
        step("supervisor", number, "register");
        String token = token("dispatcher");
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api().post(token, "/api/v1/cases/" + number + "/dispatch", Map.of()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        assertThat(get("dispatcher", number).json().path("timeline").size()).isEqualTo(4);
    }

    @Test
    void sameClientIdTwiceReturnsTheFirstCase() {
        Map<String, Object> body = reportBody(pointInGrids());
        Response first = api().post(token("inspector"), "/api/v1/reports", body);
        Response again = api().post(token("inspector"), "/api/v1/reports", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("number")).isEqualTo(first.text("number"));
        assertThat(casesWithClientId(body.get("clientId"))).isEqualTo(1);
    }

    @Test
    void sameClientIdInParallelStillMakesOneCase() {
        Map<String, Object> body = reportBody(pointInGrids());
        String token = token("inspector");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api().post(token, "/api/v1/reports", body);
            }));
        }
        start.countDown();

        List<String> numbers = attempts.stream().map(CompletableFuture::join).map(r -> r.text("number")).distinct()
                .toList();

        assertThat(numbers).hasSize(1);
        assertThat(casesWithClientId(body.get("clientId"))).isEqualTo(1);
    }

    @Test
    void reportWithPhotosStoresThemAndServesThemBack() {
        Map<String, String> fields = new HashMap<>();
        reportBody(pointInGrids()).forEach((key, value) -> fields.put(key, String.valueOf(value)));

        Response response = api().postMultipart(token("inspector"), "/api/v1/reports", fields,
                List.of(new Part("photos", "before.png", PNG)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Response created = get("operator", response.text("number"));
        String photo = created.json().path("photos").get(0).asString();
        assertThat(api().get(token("operator"), "/api/v1/photos/" + photo).status()).isEqualTo(200);
    }

    @Test
    void selfHandledReportWithPhotosInAMultipartRequestShowsThemOnTheReportAndTheStep() {
        Map<String, String> fields = new HashMap<>();
        reportBody(pointInGrids()).forEach((key, value) -> fields.put(key, String.valueOf(value)));
        fields.put("selfHandled", "true");
        fields.put("urgent", "true");
        fields.put("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString());

        Response response = api().postMultipart(token("inspector"), "/api/v1/reports", fields,
                List.of(new Part("photos", "before.png", PNG), new Part("photos", "after.png", PNG)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var file = get("supervisor", response.text("number")).json();
        assertThat(file.path("status").asString()).isEqualTo("CHECKED");
        assertThat(file.path("photos").size()).isEqualTo(2);
        assertThat(file.path("timeline").path(0).path("photos")).isEqualTo(file.path("photos"));
        assertThat(file.path("urgentProposed").asBoolean()).isTrue();
        assertThat(file.has("filedAt")).isTrue();
    }

    @Test
    void handlerReportsHandledWithAPhotoInAMultipartRequest() {
        String number = dispatched();
        String handler = "handler-" + get("dispatcher", number).json().path("department").path("code").asString();

        Response response = api().postMultipart(token(handler), "/api/v1/cases/" + number + "/reportHandled",
                Map.of("note", "已修复"), List.of(new Part("photos", "after.png", PNG)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var entry = response.json().path("timeline").get(response.json().path("timeline").size() - 1);
        assertThat(entry.path("photos").size()).isEqualTo(1);
        assertThat(entry.path("note").asString()).isEqualTo("已修复");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void badReportIsRefusedWithTheFieldAndNothingWritten(String name, Consumer<Map<String, Object>> change,
            int status, String field) {
        Map<String, Object> body = reportBody(pointInGrids());
        change.accept(body);
        long before = caseCount();

        Response response = api().post(token("inspector"), "/api/v1/reports", body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").toString()).contains("\"" + field + "\"");
        assertThat(caseCount()).isEqualTo(before);
    }

    static List<Arguments> badReports() {
        return List.of(
                bad("missing kind", body -> body.remove("kind"), 400, "kind"),
                bad("unknown kind", body -> body.put("kind", "weather"), 400, "kind"),
                bad("missing category", body -> body.remove("categoryCode"), 400, "categoryCode"),
                bad("unknown category", body -> body.put("categoryCode", "99999"), 400, "categoryCode"),
                bad("missing latitude", body -> body.remove("lat"), 400, "lat"),
                bad("latitude out of range", body -> body.put("lat", 91.5), 400, "lat"),
                bad("longitude out of range", body -> body.put("lon", -181), 400, "lon"),
                bad("negative accuracy", body -> body.put("accuracyMeters", -3), 400, "accuracyMeters"),
                bad("missing description", body -> body.remove("description"), 400, "description"),
                bad("description too long", body -> body.put("description", "长".repeat(2001)), 400, "description"),
                bad("missing clientId", body -> body.remove("clientId"), 400, "clientId"),
                bad("unknown photo", body -> body.put("photos", List.of("not-a-photo")), 400, "photos"),
                bad("filed 10 minutes ahead", body -> body.put("reportedAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(10).toString()), 400, "reportedAt"),
                bad("outside every grid", body -> {
                    body.put("lat", 39.9);
                    body.put("lon", 116.4);
                }, 422, "lat"));
    }

    @Test
    void reportKeepsTheReportersUrgencyProposalAndFilingTime() {
        OffsetDateTime filed = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0);
        Map<String, Object> body = reportBody(pointInGrids());
        body.put("urgent", true);
        body.put("reportedAt", filed.toString());

        Response response = api().post(token("inspector"), "/api/v1/reports", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var file = api().get(token("operator"), "/api/v1/cases/" + response.text("number")).json();
        assertThat(file.path("urgentProposed").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(file.path("filedAt").asString()).toInstant()).isEqualTo(filed.toInstant());
        assertThat(OffsetDateTime.parse(file.path("reportedAt").asString())).isAfter(filed.plusDays(2).minusMinutes(1));
    }

    @Test
    void nonImagePhotoIsRefusedAndNothingWritten() {
        Map<String, String> fields = new HashMap<>();
        reportBody(pointInGrids()).forEach((key, value) -> fields.put(key, String.valueOf(value)));
        long before = caseCount();

        Response response = api().postMultipart(token("inspector"), "/api/v1/reports", fields,
                List.of(new Part("photos", "notes.png", "just text".getBytes())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").toString()).contains("photos");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void oversizedPhotoIsRefused() {
        byte[] huge = new byte[9 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);

        Response response = api().postMultipart(token("inspector"), "/api/v1/photos", Map.of(),
                List.of(new Part("photo", "huge.png", huge)));

        assertThat(response.status()).isIn(400, 413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonIsA400Problem() {
        Response response = api().postRaw(token("inspector"), "/api/v1/reports", "{\"kind\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownActionAndBadActionFieldsAreRefusedWithTheField() {
        String number = report();
        step("operator", number, "accept");
        step("supervisor", number, "register");

        Response unknown = act("dispatcher", number, "teleport", Map.of());
        Response badDepartment = act("dispatcher", number, "dispatch", Map.of("departmentCode", "nowhere"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").toString()).contains("action");
        assertThat(badDepartment.status()).isEqualTo(400);
        assertThat(badDepartment.json().path("errors").toString()).contains("departmentCode");
        assertThat(get("dispatcher", number).text("status")).isEqualTo("REGISTERED");
    }

    @Test
    void staleVersionIsAConflict() {
        String number = report();
        int seen = get("operator", number).json().path("version").asInt();
        step("operator", number, "comment", Map.of("note", "先看一下"));

        Response stale = act("operator", number, "accept", Map.of("version", seen));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(get("operator", number).text("status")).isEqualTo("REPORTED");
    }

    @Test
    void listsCasesNewestFirstWithinScope() {
        String older = report();
        String newer = report();

        Response page = api().get(token("operator"), "/api/v1/cases?status=REPORTED&size=5");
        Response inspectorsOwn = api().get(token("handler-water"), "/api/v1/cases?status=REPORTED");

        assertThat(page.status()).isEqualTo(200);
        List<String> numbers = page.json().path("content").valueStream().map(n -> n.path("number").asString())
                .toList();
        assertThat(numbers.indexOf(newer)).isLessThan(numbers.indexOf(older) < 0 ? 5 : numbers.indexOf(older));
        assertThat(inspectorsOwn.json().path("totalElements").asInt()).isZero();
        assertThat(api().get(token("operator"), "/api/v1/cases?status=NONSENSE").status()).isEqualTo(400);
        assertThat(api().get(token("operator"), "/api/v1/cases?size=0").status()).isEqualTo(400);
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, int status, String field) {
        return Arguments.of(name, change, status, field);
    }

    private String dispatched() {
        String number = report();
        step("operator", number, "accept");
        step("supervisor", number, "register");
        step("dispatcher", number, "dispatch");
        return number;
    }

    private long caseCount() {
        return jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
    }

    private long casesWithClientId(Object clientId) {
        return jdbc.sql("SELECT count(*) FROM casework_case WHERE client_id = :id").param("id", clientId)
                .query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
