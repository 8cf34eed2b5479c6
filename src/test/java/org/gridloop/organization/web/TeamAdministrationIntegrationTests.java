package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.DepartmentAdministrationIntegrationTests.fields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's changes of the inspector teams over real HTTP: self-organized and
 * outsourced teams, their members (inspector accounts, one team each), their leads, the audit log.
 */
@HttpIntegrationTest
class TeamAdministrationIntegrationTests {

    private static final String NANAO = "440307013";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
        vendor("night-vendor", "深圳市夜巡信息服务有限公司");
        vendor("some-collector", "某采集公司");
    }

    @Test
    void createsAnOutsourcedTeamAndListsItWithItsVendor() {
        Response created = api.post(admin, "/api/v1/teams",
                team("night-patrol", "夜间巡查队", NANAO, "outsourced", "深圳市夜巡信息服务有限公司"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode listed = api.get(admin, "/api/v1/teams").json().valueStream()
                .filter(team -> team.path("code").asString().equals("night-patrol")).findFirst().orElseThrow();
        assertThat(listed.path("mode").asString()).isEqualTo("outsourced");
        assertThat(listed.path("vendor").path("name").asString()).isEqualTo("深圳市夜巡信息服务有限公司");
        assertThat(listed.path("vendor").path("code").asString()).isEqualTo("night-vendor");
        assertThat(listed.path("members").isEmpty()).isTrue();
        assertThat(audit("night-patrol").path(0).path("action").asString()).isEqualTo("create");
    }

    @Test
    void listsTheDemoTeamsWithAVendorOnlyWhereOutsourced() {
        JsonNode teams = api.get(admin, "/api/v1/teams").json();

        JsonNode pinghu = teams.valueStream().filter(team -> team.path("code").asString().equals("team-440307001"))
                .findFirst().orElseThrow();
        assertThat(pinghu.path("mode").asString()).isEqualTo("outsourced");
        assertThat(pinghu.path("members").valueStream().map(JsonNode::asString)).contains("inspector", "i001-001");
        assertThat(teams.valueStream().filter(team -> team.path("mode").asString().equals("self-organized"))
                .allMatch(team -> team.path("vendor").isNull())).isTrue();
        assertThat(teams.valueStream().filter(team -> team.path("code").asString().startsWith("team-4403070"))
                .filter(team -> team.path("mode").asString().equals("outsourced"))
                .map(team -> team.path("name").asString()))
                .containsExactlyInAnyOrder("平湖街道监督员队", "坂田街道监督员队", "龙岗街道监督员队", "坪地街道监督员队");
    }

    @Test
    void letsAdministratorsLeadersAndShiftSupervisorsReadTheTeamsOnly() {
        for (String reader : List.of("admin", "leader", "supervisor")) {
            Response teams = api.get(api.token(reader), "/api/v1/teams");
            assertThat(teams.status()).as(reader).isEqualTo(200);
            JsonNode first = teams.json().path(0);
            assertThat(first.has("code") && first.has("name") && first.has("subdistrictCode") && first.has("mode")
                    && first.has("vendor") && first.has("members")).as(reader).isTrue();
        }
        for (String other : List.of("inspector", "operator", "dispatcher", "handler-water")) {
            assertThat(api.get(api.token(other), "/api/v1/teams").status()).as(other).isEqualTo(403);
            assertThat(api.get(api.token(other), "/api/v1/teams/team-440307001").status()).as(other).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/teams").status()).isEqualTo(401);
    }

    @Test
    void namesTheVendorByCodeOrNameAndRefusesAnUnknownOne() {
        Map<String, Object> byName = team("by-name", "按名称队", NANAO, "outsourced", "某采集公司");
        assertThat(api.post(admin, "/api/v1/teams", byName).json().path("vendor").path("code").asString())
                .isEqualTo("some-collector");
        Map<String, Object> byCode = team("by-code", "按编码队", NANAO, "outsourced", null);
        byCode.put("vendor", Map.of("code", "night-vendor"));
        assertThat(api.post(admin, "/api/v1/teams", byCode).json().path("vendor").path("name").asString())
                .isEqualTo("深圳市夜巡信息服务有限公司");

        assertThat(fields(api.post(admin, "/api/v1/teams", team("by-nobody", "队", NANAO, "outsourced", "不存在的公司"))))
                .containsExactly("vendor.name");
        Map<String, Object> unknownCode = team("by-nocode", "队", NANAO, "outsourced", null);
        unknownCode.put("vendor", Map.of("code", "no-such-vendor"));
        assertThat(fields(api.post(admin, "/api/v1/teams", unknownCode))).containsExactly("vendor.code");
        assertThat(api.get(admin, "/api/v1/teams/by-nobody").status()).isEqualTo(404);
    }

    @Test
    void refusesBadTeamsNamingEachField() {
        assertThat(fields(api.post(admin, "/api/v1/teams", team("t-1", "队", NANAO, "outsourced", null))))
                .containsExactly("vendor");
        assertThat(fields(api.post(admin, "/api/v1/teams", team("t-2", "队", NANAO, "self-organized", "某采集公司"))))
                .containsExactly("vendor");
        Map<String, Object> negative = team("t-6", "队", NANAO, "self-organized", null);
        negative.put("quarterlyQuota", -1);
        assertThat(fields(api.post(admin, "/api/v1/teams", negative))).containsExactly("quarterlyQuota");
        assertThat(fields(api.post(admin, "/api/v1/teams", team("t-3", "队", "440307999", "self-organized", null))))
                .containsExactly("subdistrictCode");
        assertThat(fields(api.post(admin, "/api/v1/teams", team("t-4", "队", NANAO, "hired", null))))
                .containsExactly("mode");
        assertThat(fields(api.post(admin, "/api/v1/teams", team("T 5", null, NANAO, "self-organized", null))))
                .containsExactly("code", "name");
        assertThat(api.post(admin, "/api/v1/teams", team("team-440307001", "重复", NANAO, "self-organized", null))
                .status()).isEqualTo(409);
    }

    @Test
    void setsMembersFromInspectorAccountsInNoOtherTeam() {
        api.post(admin, "/api/v1/teams", team("spare-team", "机动队", NANAO, "self-organized", null));

        Response refused = api.put(admin, "/api/v1/teams/spare-team/members",
                List.of("i001-001", "dispatcher", "nobody-here", "i013-001", "i013-001"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("members[1]", "members[2]", "members[4]",
                "members[0]", "members[3]");
        assertThat(api.get(admin, "/api/v1/teams/spare-team").json().path("members").isEmpty()).isTrue();

        JsonNode nanaoTeam = api.get(admin, "/api/v1/teams/team-440307013").json();
        List<String> nanao = nanaoTeam.path("members").valueStream().map(JsonNode::asString).toList();
        try {
            assertThat(api.put(admin, "/api/v1/teams/team-440307013/members",
                    nanao.stream().filter(member -> !member.equals("i013-001")).toList()).status()).isEqualTo(200);
            Response set = api.put(admin, "/api/v1/teams/spare-team/members", List.of(" i013-001 "));
            assertThat(set.status()).isEqualTo(200);
            assertThat(set.json().path("members").valueStream().map(JsonNode::asString)).containsExactly("i013-001");
            assertThat(audit("spare-team").path(0).path("after").path("members").path(0).asString())
                    .isEqualTo("i013-001");
        } finally {
            api.put(admin, "/api/v1/teams/spare-team/members", List.of());
            api.put(admin, "/api/v1/teams/team-440307013/members", nanao);
            restoreLead("team-440307013", nanaoTeam.path("lead").isNull() ? null : nanaoTeam.path("lead").asString());
        }
    }

    @Test
    void setsTheLeadAmongTheMembersAndShowsIt() {
        createTeamWith("lead-team", "lead-a1", "lead-a2");
        Map<String, Object> edit = team("lead-team", "队长队", NANAO, "self-organized", null);
        edit.put("lead", "lead-a2");
        edit.put("version", 0);

        Response set = api.put(admin, "/api/v1/teams/lead-team", edit);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("lead").asString()).isEqualTo("lead-a2");
        JsonNode read = api.get(admin, "/api/v1/teams/lead-team").json();
        assertThat(read.path("lead").asString()).isEqualTo("lead-a2");
        assertThat(read.path("version").asInt()).isEqualTo(1);
        assertThat(read.path("members").valueStream().map(JsonNode::asString)).containsExactly("lead-a1", "lead-a2");
        assertThat(api.get(api.token("leader"), "/api/v1/teams").json().valueStream()
                .filter(team -> team.path("code").asString().equals("lead-team"))
                .map(team -> team.path("lead").asString())).containsExactly("lead-a2");
        JsonNode audited = audit("lead-team").path(0);
        assertThat(audited.path("action").asString()).isEqualTo("update");
        assertThat(audited.path("before").path("lead").isNull()).isTrue();
        assertThat(audited.path("after").path("lead").asString()).isEqualTo("lead-a2");

        edit.remove("lead");
        edit.put("version", 1);
        assertThat(api.put(admin, "/api/v1/teams/lead-team", edit).json().path("lead").isNull()).isTrue();
        assertThat(api.get(admin, "/api/v1/teams/lead-team").json().path("lead").isNull()).isTrue();
    }

    @Test
    void refusesALeadWhoIsNotAMemberOfTheTeamAndChangesNothing() {
        createTeamWith("lead-refused", "lead-b1");
        for (String stranger : List.of("i001-001", "lead-nobody", "admin")) {
            Map<String, Object> edit = team("lead-refused", "改名的队", NANAO, "self-organized", null);
            edit.put("lead", stranger);
            edit.put("version", 0);

            Response refused = api.put(admin, "/api/v1/teams/lead-refused", edit);

            assertThat(refused.status()).as(stranger).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(fields(refused)).as(stranger).containsExactly("lead");
            assertThat(refused.json().path("errors").path(0).path("message").asString())
                    .isEqualTo("队长须是本队伍的现有队员，请先将其加入队员名单");
        }
        JsonNode unchanged = api.get(admin, "/api/v1/teams/lead-refused").json();
        assertThat(unchanged.path("name").asString()).isEqualTo("队长队");
        assertThat(unchanged.path("lead").isNull()).isTrue();
        assertThat(unchanged.path("version").asInt()).isZero();
        assertThat(audit("lead-refused").valueStream().map(entry -> entry.path("action").asString()))
                .doesNotContain("update");

        Map<String, Object> createdWithLead = team("lead-at-creation", "队", NANAO, "self-organized", null);
        createdWithLead.put("lead", "lead-b1");
        assertThat(fields(api.post(admin, "/api/v1/teams", createdWithLead))).containsExactly("lead");
        assertThat(api.get(admin, "/api/v1/teams/lead-at-creation").status()).isEqualTo(404);
    }

    @Test
    void theLeadLeavingTheMembersClearsTheLeadAndIsAudited() {
        createTeamWith("lead-leaves", "lead-c1", "lead-c2");
        Map<String, Object> edit = team("lead-leaves", "队长队", NANAO, "self-organized", null);
        edit.put("lead", "lead-c2");
        edit.put("version", 0);
        assertThat(api.put(admin, "/api/v1/teams/lead-leaves", edit).status()).isEqualTo(200);

        Response left = api.put(admin, "/api/v1/teams/lead-leaves/members", List.of("lead-c1"));

        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().path("lead").isNull()).isTrue();
        assertThat(left.json().path("version").asInt()).isEqualTo(2);
        assertThat(api.get(admin, "/api/v1/teams/lead-leaves").json().path("lead").isNull()).isTrue();
        JsonNode audited = audit("lead-leaves").path(0);
        assertThat(audited.path("action").asString()).isEqualTo("members");
        assertThat(audited.path("before").path("lead").asString()).isEqualTo("lead-c2");
        assertThat(audited.path("after").has("lead")).isTrue();
        assertThat(audited.path("after").path("lead").isNull()).isTrue();
        assertThat(audited.path("after").path("members").valueStream().map(JsonNode::asString))
                .containsExactly("lead-c1");

        edit.put("lead", "lead-c1");
        edit.put("version", 1);
        Response stale = api.put(admin, "/api/v1/teams/lead-leaves", edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");

        Response kept = api.put(admin, "/api/v1/teams/lead-leaves/members", List.of("lead-c1", "lead-c2"));
        assertThat(kept.json().path("version").asInt()).isEqualTo(2);
        edit.put("version", 2);
        assertThat(api.put(admin, "/api/v1/teams/lead-leaves", edit).status()).isEqualTo(200);
        Response stays = api.put(admin, "/api/v1/teams/lead-leaves/members", List.of("lead-c1"));
        assertThat(stays.json().path("lead").asString()).isEqualTo("lead-c1");
        assertThat(stays.json().path("version").asInt()).isEqualTo(3);
    }

    @Test
    void editsATeamAndRefusesAnEditBasedOnAnOlderVersion() {
        api.post(admin, "/api/v1/teams", team("edit-team", "待改队", NANAO, "self-organized", null));
        Map<String, Object> edit = team("edit-team", "已改队", NANAO, "outsourced", "某采集公司");
        edit.put("version", 0);

        assertThat(api.put(admin, "/api/v1/teams/edit-team", edit).status()).isEqualTo(200);
        Response stale = api.put(admin, "/api/v1/teams/edit-team", edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
        assertThat(api.get(admin, "/api/v1/teams/edit-team").json().path("vendor").path("name").asString())
                .isEqualTo("某采集公司");
        assertThat(api.get(admin, "/api/v1/teams/edit-team").json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void letsOnlyAdministratorsChangeTeams() {
        assertThat(api.post(api.token("supervisor"), "/api/v1/teams",
                team("by-supervisor", "队", NANAO, "self-organized", null)).status()).isEqualTo(403);
    }

    private void vendor(String code, String name) {
        if (api.get(admin, "/api/v1/vendors/" + code).status() == 404) {
            assertThat(api.post(admin, "/api/v1/vendors", Map.of("code", code, "name", name)).status()).isEqualTo(201);
        }
    }

    /** A self-organized team in 南澳 named 队长队 with new inspector accounts as its members. */
    private void createTeamWith(String code, String... members) {
        for (String member : members) {
            if (api.get(admin, "/api/v1/accounts/" + member).status() == 404) {
                Map<String, Object> account = new HashMap<>();
                account.put("username", member);
                account.put("displayName", "队员 " + member);
                account.put("password", "Lantern-Harbor-77");
                account.put("posts", List.of("INSPECTOR"));
                Response created = api.post(admin, "/api/v1/accounts", account);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
        }
        assertThat(api.post(admin, "/api/v1/teams", team(code, "队长队", NANAO, "self-organized", null)).status())
                .isEqualTo(201);
        assertThat(api.put(admin, "/api/v1/teams/" + code + "/members", List.of(members)).status()).isEqualTo(200);
    }

    private void restoreLead(String code, String lead) {
        JsonNode team = api.get(admin, "/api/v1/teams/" + code).json();
        Map<String, Object> edit = team(code, team.path("name").asString(), team.path("subdistrictCode").asString(),
                team.path("mode").asString(), team.path("vendor").isNull() ? null : team.path("vendor").path("name").asString());
        edit.put("quarterlyQuota", team.path("quarterlyQuota").isNull() ? null : team.path("quarterlyQuota").asInt());
        edit.put("lead", lead);
        edit.put("version", team.path("version").asInt());
        assertThat(api.put(admin, "/api/v1/teams/" + code, edit).status()).isEqualTo(200);
    }

    private JsonNode audit(String code) {
        return api.get(admin, "/api/v1/audit?object=team&objectId=" + code + "&limit=5").json().path("entries");
    }

    private static Map<String, Object> team(String code, String name, String subdistrict, String mode, String vendor) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("subdistrictCode", subdistrict);
        body.put("mode", mode);
        body.put("vendor", vendor == null ? null : Map.of("name", vendor));
        return body;
    }
}
