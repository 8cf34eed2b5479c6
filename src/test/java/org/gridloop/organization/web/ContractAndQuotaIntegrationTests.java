package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.DepartmentAdministrationIntegrationTests.fields;
import static org.gridloop.organization.web.VendorAdministrationIntegrationTests.await;

import java.math.BigDecimal;
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
 * The contracts of outsourced teams and the quotas per quarter over real HTTP: entry with its
 * checks, overlapping periods refused (also when two arrive at once), the fall-back of a
 * quarter's quota to the contract and the team's default, stale versions, who may read and
 * change, the audit log.
 */
@HttpIntegrationTest
class ContractAndQuotaIntegrationTests {

    private static final String NANAO = "440307013";

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
    void entersAContractWithTheTeamsVendorAndAuditsIt() {
        String team = outsourcedTeam("contract-team");

        Response created = api.post(admin, "/api/v1/teams/" + team + "/contracts",
                contract(null, "CT-2026-001", "2026-01-01", "2027-12-31", "12.5", "5.00", 9000));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode contract = created.json();
        assertThat(contract.path("vendor").path("code").asString()).isEqualTo("antai-services");
        assertThat(contract.path("unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(contract.path("validTo").asString()).isEqualTo("2027-12-31");
        assertThat(contract.path("version").asInt()).isZero();
        long id = contract.path("id").asLong();
        assertThat(api.get(api.token("leader"), "/api/v1/teams/" + team + "/contracts").json().path(0).path("id")
                .asLong()).isEqualTo(id);
        assertThat(api.get(admin, "/api/v1/audit?object=contract&objectId=" + id + "&limit=5").json().path("entries")
                .path(0).path("after").path("quarterlyQuota").asInt()).isEqualTo(9000);
    }

    @Test
    void refusesBadContractsNamingEachFieldAndWritesNothing() {
        String team = outsourcedTeam("bad-contract-team");
        String path = "/api/v1/teams/" + team + "/contracts";

        Response refused = api.post(admin, path, contract("no-such-vendor", "x".repeat(65), "2026-02-30", null,
                "-1", "1.005", -3));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("vendorCode", "number", "validFrom", "validTo", "unitPrice",
                "deduction", "quarterlyQuota");
        assertThat(fields(api.post(admin, path, contract(null, null, "2026-06-01", "2026-05-31", "1", "1", 1))))
                .containsExactly("validTo");
        assertThat(fields(api.post(admin, path, contract(null, null, "2026-06-01", "2026-06-30", null, "1", null))))
                .containsExactly("unitPrice", "quarterlyQuota");
        assertThat(api.postRaw(admin, path, "{\"unitPrice\":\"twelve\"}").status()).isEqualTo(400);
        assertThat(api.get(admin, path).json()).isEmpty();

        Response selfOrganized = api.post(admin, "/api/v1/teams/team-440307013/contracts",
                contract("antai-services", null, "2026-01-01", "2026-12-31", "1", "1", 1));
        assertThat(selfOrganized.status()).isEqualTo(422);
        assertThat(api.post(admin, "/api/v1/teams/no-such-team/contracts",
                contract("antai-services", null, "2026-01-01", "2026-12-31", "1", "1", 1)).status()).isEqualTo(404);
        assertThat(api.post(api.token("leader"), path,
                contract(null, null, "2026-01-01", "2026-12-31", "1", "1", 1)).status()).isEqualTo(403);
        assertThat(api.get(admin, path).json()).isEmpty();
    }

    @Test
    void refusesAnOverlappingPeriodAndATakenNumberWith409() {
        String team = outsourcedTeam("overlap-team");
        String path = "/api/v1/teams/" + team + "/contracts";
        assertThat(api.post(admin, path, contract(null, "OV-1", "2026-01-01", "2026-06-30", "10", "5", 100)).status())
                .isEqualTo(201);

        Response overlap = api.post(admin, path, contract(null, "OV-2", "2026-06-30", "2026-12-31", "10", "5", 100));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(fields(overlap)).containsExactly("validFrom");
        Response number = api.post(admin, path, contract(null, "OV-1", "2026-07-01", "2026-12-31", "10", "5", 100));
        assertThat(number.status()).isEqualTo(409);
        assertThat(fields(number)).containsExactly("number");
        assertThat(api.post(admin, path, contract(null, "OV-2", "2026-07-01", "2026-12-31", "11", "5", 200)).status())
                .isEqualTo(201);
        assertThat(api.get(admin, path).json().valueStream().map(entry -> entry.path("number").asString()))
                .containsExactly("OV-1", "OV-2");
    }

    @Test
    void refusesTheSecondOfTwoOverlappingContractsSentAtOnce() {
        String team = outsourcedTeam("race-contract-team");
        String path = "/api/v1/teams/" + team + "/contracts";
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> posts = new ArrayList<>();
        for (String number : List.of("RACE-A", "RACE-B")) {
            Map<String, Object> body = contract(null, number, "2026-01-01", "2026-12-31", "10", "5", 100);
            posts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.post(admin, path, body);
            }));
        }
        start.countDown();

        assertThat(posts.stream().map(CompletableFuture::join).map(Response::status))
                .containsExactlyInAnyOrder(201, 409);
        assertThat(api.get(admin, path).json()).hasSize(1);
    }

    @Test
    void editsAContractAndRefusesAStaleVersionWritingNothing() {
        String team = outsourcedTeam("edit-contract-team");
        String path = "/api/v1/teams/" + team + "/contracts";
        long id = api.post(admin, path, contract(null, "ED-1", "2026-01-01", "2026-12-31", "10", "5", 100)).json()
                .path("id").asLong();
        Map<String, Object> edit = contract(null, "ED-1", "2026-01-01", "2027-06-30", "10.80", "5", 120);
        edit.put("version", 0);

        Response edited = api.put(admin, path + "/" + id, edit);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("version").asInt()).isEqualTo(1);
        Map<String, Object> stale = contract(null, "ED-1", "2026-01-01", "2026-03-31", "1", "1", 1);
        stale.put("version", 0);
        Response refused = api.put(admin, path + "/" + id, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(fields(refused)).containsExactly("version");
        JsonNode stored = api.get(admin, path + "/" + id).json();
        assertThat(stored.path("validTo").asString()).isEqualTo("2027-06-30");
        assertThat(stored.path("quarterlyQuota").asInt()).isEqualTo(120);
        assertThat(api.get(admin, path + "/999999").status()).isEqualTo(404);
    }

    @Test
    void fallsBackFromTheQuartersOwnQuotaToTheContractAndTheTeamsDefault() {
        String team = outsourcedTeam("quota-team");
        Map<String, Object> withDefault = teamBody("quota-team", "outsourced");
        withDefault.put("quarterlyQuota", 500);
        api.put(admin, "/api/v1/teams/quota-team", withDefault);
        api.post(admin, "/api/v1/teams/" + team + "/contracts",
                contract(null, null, "2026-02-15", "2026-10-20", "10", "5", 7000));
        api.post(admin, "/api/v1/teams/" + team + "/contracts",
                contract(null, null, "2026-10-21", "2026-12-31", "10", "5", 7500));

        assertThat(quota(team, "2026-Q1")).containsExactly(7000, "contract");
        assertThat(quota(team, "2026-Q4")).as("the contract covering most of the quarter").containsExactly(7500,
                "contract");
        assertThat(quota(team, "2026-Q3")).containsExactly(7000, "contract");
        assertThat(quota(team, "2027-Q1")).containsExactly(500, "team");
        Response set = api.put(admin, "/api/v1/teams/" + team + "/quotas/2026-Q1", Map.of("quota", 44921));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("version").asInt()).isEqualTo(1);
        assertThat(set.json().path("firstDay").asString()).isEqualTo("2026-01-01");
        assertThat(quota(team, "2026-Q1")).containsExactly(44921, "quarter");
        assertThat(api.get(admin, "/api/v1/teams/" + team + "/quotas").json().valueStream()
                .map(entry -> entry.path("quarter").asString())).containsExactly("2026-Q1");

        Response cleared = api.delete(admin, "/api/v1/teams/" + team + "/quotas/2026-Q1?version=1");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("source").asString()).isEqualTo("contract");
        assertThat(api.get(admin, "/api/v1/audit?object=quota&objectId=" + team + "/2026-Q1&limit=5").json()
                .path("entries").valueStream().map(entry -> entry.path("action").asString()))
                .containsExactly("delete", "update");
    }

    @Test
    void answersNoQuotaForAQuarterWithoutOneAndRefusesBadInput() {
        JsonNode none = api.get(api.token("supervisor"), "/api/v1/teams/team-440307013/quotas/2031-Q2").json();
        assertThat(none.path("quota").isNull()).isTrue();
        assertThat(none.path("source").isNull()).isTrue();
        assertThat(none.path("version").asInt()).isZero();

        String path = "/api/v1/teams/team-440307013/quotas/";
        Response quarter = api.put(admin, path + "2026-Q5", Map.of("quota", 1));
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(fields(quarter)).containsExactly("quarter");
        assertThat(fields(api.get(admin, path + "2026Q1"))).containsExactly("quarter");
        assertThat(fields(api.put(admin, path + "2031-Q2", Map.of("quota", -1)))).containsExactly("quota");
        assertThat(fields(api.put(admin, path + "2031-Q2", new HashMap<>()))).containsExactly("quota");
        Response notANumber = api.put(admin, path + "2031-Q2", Map.of("quota", "many"));
        assertThat(fields(notANumber)).containsExactly("quota");
        assertThat(api.get(admin, path + "2031-Q2").json().path("quota").isNull()).isTrue();
        assertThat(api.get(admin, "/api/v1/teams/no-such-team/quotas/2031-Q2").status()).isEqualTo(404);
    }

    @Test
    void letsLeadersAndShiftSupervisorsReadQuotasAndOnlyAdministratorsSetThem() {
        String path = "/api/v1/teams/team-440307012/quotas/2031-Q3";
        assertThat(api.get(api.token("leader"), path).status()).isEqualTo(200);
        assertThat(api.get(api.token("inspector"), path).status()).isEqualTo(403);
        assertThat(api.get(api.token("dispatcher"), path).status()).isEqualTo(403);
        assertThat(api.put(api.token("supervisor"), path, Map.of("quota", 1)).status()).isEqualTo(403);
        assertThat(api.put(api.token("leader"), path, Map.of("quota", 1)).status()).isEqualTo(403);
        assertThat(api.get(admin, path).json().path("quota").isNull()).isTrue();
    }

    @Test
    void refusesTheSecondOfTwoConcurrentQuotaChangesOfTheSameVersion() {
        String path = "/api/v1/teams/team-440307011/quotas/2031-Q4";
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> puts = new ArrayList<>();
        for (int quota : List.of(1000, 2000)) {
            puts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.put(admin, path, Map.of("quota", quota, "version", 0));
            }));
        }
        start.countDown();
        List<Response> answers = puts.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response won = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        assertThat(fields(answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow()))
                .containsExactly("version");
        JsonNode stored = api.get(admin, path).json();
        assertThat(stored.path("quota").asInt()).isEqualTo(won.json().path("quota").asInt());
        assertThat(stored.path("version").asInt()).isEqualTo(1);

        Response stale = api.put(admin, path, Map.of("quota", 3000, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(admin, path).json().path("quota").asInt()).isEqualTo(won.json().path("quota").asInt());
        assertThat(api.delete(admin, path + "?version=0").status()).isEqualTo(409);
        assertThat(api.put(admin, path, Map.of("quota", 3000, "version", 1)).json().path("version").asInt())
                .isEqualTo(2);
    }

    private List<Object> quota(String team, String quarter) {
        JsonNode quota = api.get(admin, "/api/v1/teams/" + team + "/quotas/" + quarter).json();
        return List.of(quota.path("quota").asInt(), quota.path("source").asString());
    }

    private String outsourcedTeam(String code) {
        Response created = api.post(admin, "/api/v1/teams", teamBody(code, "outsourced"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> teamBody(String code, String mode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "合同测试队 " + code);
        body.put("subdistrictCode", NANAO);
        body.put("mode", mode);
        body.put("vendor", Map.of("code", "antai-services"));
        return body;
    }

    private static Map<String, Object> contract(String vendorCode, String number, String from, String to,
            String unitPrice, String deduction, Integer quota) {
        Map<String, Object> body = new HashMap<>();
        body.put("vendorCode", vendorCode);
        body.put("number", number);
        body.put("validFrom", from);
        body.put("validTo", to);
        body.put("unitPrice", unitPrice == null ? null : new BigDecimal(unitPrice));
        body.put("deduction", deduction == null ? null : new BigDecimal(deduction));
        body.put("quarterlyQuota", quota);
        return body;
    }
}
