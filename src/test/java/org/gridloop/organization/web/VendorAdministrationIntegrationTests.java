package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.DepartmentAdministrationIntegrationTests.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's register of the information-collection vendors over real HTTP: creation
 * with its checks, unique codes, names and credit codes, edits refused when based on an old
 * version (also when two arrive at once), who may read and change it, the audit log.
 */
@HttpIntegrationTest
class VendorAdministrationIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void createsAVendorWithItsCreditCodeAndContactAndAuditsIt() {
        Response created = api.post(admin, "/api/v1/vendors", vendor("east-collect", " 深圳市东部信息采集有限公司 ",
                "91440300ma5dc1xk2l", "王芳", "0755-2345 6789", "深圳市龙岗区龙城街道"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("name").asString()).isEqualTo("深圳市东部信息采集有限公司");
        assertThat(created.json().path("creditCode").asString()).isEqualTo("91440300MA5DC1XK2L");
        assertThat(created.json().path("version").asInt()).isZero();
        JsonNode listed = api.get(admin, "/api/v1/vendors").json().valueStream()
                .filter(vendor -> vendor.path("code").asString().equals("east-collect")).findFirst().orElseThrow();
        assertThat(listed.path("contactName").asString()).isEqualTo("王芳");
        JsonNode entry = audit("east-collect").path(0);
        assertThat(entry.path("action").asString()).isEqualTo("create");
        assertThat(entry.path("after").path("contactPhone").asString()).isEqualTo("0755-2345 6789");
    }

    @Test
    void refusesBadVendorsNamingEachFieldAndWritesNothing() {
        Response refused = api.post(admin, "/api/v1/vendors",
                vendor("Bad Code", " ", "91440300MA5DC1XK2Q", "名".repeat(51), "call me", "址".repeat(201)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("code", "name", "creditCode", "contactName", "contactPhone",
                "address");
        assertThat(fields(api.post(admin, "/api/v1/vendors", vendor("short-code", "某公司", "9144030", null, null, null))))
                .containsExactly("creditCode");
        assertThat(api.postRaw(admin, "/api/v1/vendors", "{\"code\":\"x-1\",\"name\":[1]}").status()).isEqualTo(400);
        assertThat(api.get(admin, "/api/v1/vendors/short-code").status()).isEqualTo(404);
    }

    @Test
    void refusesATakenCodeNameOrCreditCodeWith409() {
        api.post(admin, "/api/v1/vendors", vendor("west-collect", "深圳市西部信息采集有限公司", "91440300MA5H00001F",
                null, null, null));
        Response firstWithCode = api.post(admin, "/api/v1/vendors", vendor("west-collect-2", "深圳市西部二号有限公司",
                null, null, null, null));
        assertThat(firstWithCode.status()).isEqualTo(201);

        Response code = api.post(admin, "/api/v1/vendors", vendor("west-collect", "另一家公司", null, null, null, null));
        Response name = api.post(admin, "/api/v1/vendors", vendor("west-3", "深圳市西部信息采集有限公司", null, null, null,
                null));
        Response credit = api.post(admin, "/api/v1/vendors", vendor("west-4", "再一家公司", "91440300MA5F3LQ81J", null,
                null, null));

        assertThat(List.of(code.status(), name.status(), credit.status())).containsOnly(409);
        assertThat(fields(code)).containsExactly("code");
        assertThat(fields(name)).containsExactly("name");
        assertThat(fields(credit)).containsExactly("creditCode");
        assertThat(api.get(admin, "/api/v1/vendors/west-3").status()).isEqualTo(404);
    }

    @Test
    void refusesTheSecondOfTwoConcurrentEditsOfTheSameVersionAndKeepsTheFirst() {
        api.post(admin, "/api/v1/vendors", vendor("race-collect", "竞速信息采集有限公司", null, null, null, null));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> edits = new ArrayList<>();
        for (String contact : List.of("甲", "乙")) {
            Map<String, Object> edit = vendor(null, "竞速信息采集有限公司", null, contact, null, null);
            edit.put("version", 0);
            edits.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.put(admin, "/api/v1/vendors/race-collect", edit);
            }));
        }
        start.countDown();
        List<Response> answers = edits.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response won = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        Response lost = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(fields(lost)).containsExactly("version");
        JsonNode stored = api.get(admin, "/api/v1/vendors/race-collect").json();
        assertThat(stored.path("contactName").asString()).isEqualTo(won.json().path("contactName").asString());
        assertThat(stored.path("version").asInt()).isEqualTo(1);
        assertThat(audit("race-collect").valueStream().filter(entry -> entry.path("action").asString().equals("update")))
                .hasSize(1);
    }

    @Test
    void refusesAnEditBasedOnAnOlderVersionOrChangingTheCode() {
        api.post(admin, "/api/v1/vendors", vendor("old-collect", "旧信息采集有限公司", null, null, null, null));
        Map<String, Object> edit = vendor(null, "新信息采集有限公司", null, null, null, null);
        edit.put("version", 0);
        assertThat(api.put(admin, "/api/v1/vendors/old-collect", edit).status()).isEqualTo(200);

        Response stale = api.put(admin, "/api/v1/vendors/old-collect", vendorWithVersion("更新信息采集有限公司", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
        Map<String, Object> recoded = vendor("other-code", "旧信息采集有限公司", null, null, null, null);
        assertThat(fields(api.put(admin, "/api/v1/vendors/old-collect", recoded))).containsExactly("code");
        assertThat(api.get(admin, "/api/v1/vendors/old-collect").json().path("name").asString())
                .isEqualTo("新信息采集有限公司");
        assertThat(api.put(admin, "/api/v1/vendors/no-such-vendor", vendorWithVersion("某公司", 0)).status())
                .isEqualTo(404);
    }

    @Test
    void letsLeadersAndShiftSupervisorsReadAndOnlyAdministratorsChange() {
        assertThat(api.get(api.token("leader"), "/api/v1/vendors").status()).isEqualTo(200);
        assertThat(api.get(api.token("supervisor"), "/api/v1/vendors/pengcheng-collect").json().path("name")
                .asString()).isEqualTo("深圳市鹏城城市信息采集服务有限公司");
        assertThat(api.get(api.token("inspector"), "/api/v1/vendors").status()).isEqualTo(403);
        assertThat(api.post(api.token("leader"), "/api/v1/vendors", vendor("by-leader", "领导建的公司", null, null,
                null, null)).status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/vendors/by-leader").status()).isEqualTo(404);
    }

    private JsonNode audit(String code) {
        return api.get(admin, "/api/v1/audit?object=vendor&objectId=" + code + "&limit=5").json().path("entries");
    }

    private static Map<String, Object> vendorWithVersion(String name, int version) {
        Map<String, Object> body = vendor(null, name, null, null, null, null);
        body.put("version", version);
        return body;
    }

    static Map<String, Object> vendor(String code, String name, String creditCode, String contactName,
            String contactPhone, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("contactName", contactName);
        body.put("contactPhone", contactPhone);
        body.put("address", address);
        return body;
    }

    static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
