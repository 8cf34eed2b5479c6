package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop told through the REST API with the demo accounts, as the workflow describes it.
 */
class CaseLifecycleIntegrationTests extends CaseApiSupport {

    @Test
    void reportGoesAroundTheWholeLoopWithReturnAndRework() {
        String number = report();
        Response reported = get("operator", number);
        assertThat(reported.text("status")).isEqualTo("REPORTED");
        assertThat(reported.json().path("grid").path("code").asString()).hasSize(14);
        assertThat(actions(reported)).contains("accept", "requestVerification", "reject", "merge");

        step("operator", number, "requestVerification");
        assertThat(get("inspector", number).json().path("assignedInspector").asString()).isEqualTo("inspector");
        step("inspector", number, "verify", Map.of("confirmed", true, "note", "现场属实", "lat", 22.7, "lon", 114.2));
        step("operator", number, "accept");
        step("supervisor", number, "register");

        String proposed = get("dispatcher", number).json().path("department").path("code").asString();
        assertThat(get("dispatcher", number).json().path("department").path("proposed").asBoolean()).isTrue();
        String wrong = proposed.equals("gas") ? "power" : "gas";
        step("dispatcher", number, "dispatch", Map.of("departmentCode", wrong));
        step("handler-" + wrong, number, "requestReturn", Map.of("reason", "不属于本部门"));
        step("dispatcher", number, "approveReturn");
        Response redispatched = step("dispatcher", number, "dispatch");
        assertThat(redispatched.json().path("department").path("code").asString()).isEqualTo(proposed);

        String handler = "handler-" + proposed;
        step(handler, number, "reportHandled", Map.of("note", "已清理"));
        step("operator", number, "requestCheck");
        step("inspector", number, "check", Map.of("passed", false, "note", "仍有积水"));
        Response rework = get(handler, number);
        assertThat(rework.text("status")).isEqualTo("DISPATCHED");
        assertThat(rework.json().path("reworkCount").asInt()).isEqualTo(1);

        step(handler, number, "reportHandled", Map.of("note", "已彻底清理"));
        step("operator", number, "requestCheck");
        step("inspector", number, "check", Map.of("passed", true));
        Response closed = step("supervisor", number, "close");

        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.json().path("returnCount").asInt()).isEqualTo(1);
        assertThat(actions(closed)).containsOnly("comment");
        assertThat(timeline(closed)).containsExactly("submit", "requestVerification", "verify", "accept", "register",
                "dispatch", "requestReturn", "approveReturn", "dispatch", "reportHandled", "requestCheck", "check",
                "reportHandled", "requestCheck", "check", "close");
        JsonNode verify = closed.json().path("timeline").get(2);
        assertThat(verify.path("outcome").asString()).isEqualTo("CONFIRMED");
        assertThat(verify.path("lat").asDouble()).isEqualTo(22.7);
        assertThat(verify.path("at").asString()).endsWith("+08:00");

        List<String> stagesEnded = new ArrayList<>();
        closed.json().path("timeline").forEach(entry -> {
            if (entry.has("stageEnded")) {
                stagesEnded.add(entry.path("stageEnded").asString());
                assertThat(entry.path("onTime").isBoolean()).as("judged when the stage ended").isTrue();
            }
        });
        assertThat(stagesEnded).as("each step that left a stage stopped its clock").containsExactly("ACCEPT",
                "VERIFY", "ACCEPT", "REGISTER", "DISPATCH", "HANDLE", "DISPATCH", "HANDLE", "REQUEST_CHECK", "CHECK",
                "HANDLE", "REQUEST_CHECK", "CHECK", "CLOSE");
        assertThat(closed.json().path("stage").isMissingNode()).isTrue();
        assertThat(closed.json().path("caseClock").path("closedOnTime").isBoolean()).isTrue();
    }

    @Test
    void aHotlineCaseWithNobodyOnDutyIsVerifiedByTheLeadOfItsSubdistrictsTeam() {
        double[] point = pointInGrids();
        Map<String, Object> body = reportBody(point);
        body.put("callerName", "市民");
        body.put("callerPhone", "13800000000");
        Response reported = api().post(token("operator"), "/api/v1/reports", body);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String number = reported.text("number");
        String subdistrict = get("operator", number).json().path("grid").path("subdistrictCode").asString();
        List<String> members = new ArrayList<>();
        api().get(token("admin"), "/api/v1/teams").json().valueStream()
                .filter(team -> team.path("subdistrictCode").asString().equals(subdistrict))
                .forEach(team -> team.path("members").forEach(member -> members.add(member.asString())));

        step("operator", number, "requestVerification");

        assertThat(members).as("the demo gives every subdistrict a team").isNotEmpty();
        assertThat(get("operator", number).json().path("assignedInspector").asString())
                .as("no sample today, so nobody is on duty: the team's lead, its first member by username")
                .isEqualTo(members.stream().sorted().findFirst().orElseThrow());
    }

    @Test
    void supervisorDiscardsAnInvalidCase() {
        String number = report();
        step("operator", number, "accept");
        step("supervisor", number, "register");

        Response discarded = step("supervisor", number, "discard", Map.of("reason", "重复立案"));

        assertThat(discarded.text("status")).isEqualTo("DISCARDED");
        assertThat(act("supervisor", number, "discard", Map.of("reason", "again")).status()).isEqualTo(409);
    }

    @Test
    void supervisorDeclinesACaseThatDoesNotMeetTheRegistrationCondition() {
        String number = report();
        step("operator", number, "accept");

        assertThat(act("supervisor", number, "decline", Map.of()).status()).isEqualTo(400);
        assertThat(step("supervisor", number, "decline", Map.of("reason", "不符合立案条件")).text("status"))
                .isEqualTo("DECLINED");
    }

    @Test
    void operatorRejectsAReport() {
        String number = report();

        assertThat(step("operator", number, "reject", Map.of("reason", "不属于城管范围")).text("status"))
                .isEqualTo("REJECTED");
    }

    @Test
    void operatorMergesAProbableDuplicateLinkedBothWays() {
        double[] point = pointInGrids();
        Response first = api().post(token("inspector"), "/api/v1/reports", reportBody(point));
        double[] near = {point[0] + 0.0001, point[1]};
        Response second = api().post(token("inspector"), "/api/v1/reports", reportBody(near));
        String original = first.text("number");
        String duplicate = second.text("number");

        Response proposed = get("operator", duplicate);
        assertThat(proposed.json().path("probableDuplicates").toString()).contains(original);

        Response merged = step("operator", duplicate, "merge", Map.of("into", original));

        assertThat(merged.text("status")).isEqualTo("MERGED");
        assertThat(merged.text("mergedInto")).isEqualTo(original);
        assertThat(get("operator", original).json().path("duplicates").toString()).contains(duplicate);
    }

    @Test
    void departmentSuspendsACaseAndTheDispatcherResumesIt() {
        String number = dispatched();
        String handler = "handler-" + get("dispatcher", number).json().path("department").path("code").asString();

        step(handler, number, "requestSuspension", Map.of("reason", "需市级资金"));
        assertThat(step("dispatcher", number, "decideSuspension", Map.of("approved", true)).text("status"))
                .isEqualTo("SUSPENDED");
        assertThat(act(handler, number, "reportHandled", Map.of()).status()).isEqualTo(409);
        assertThat(step("dispatcher", number, "resume").text("status")).isEqualTo("DISPATCHED");
        step(handler, number, "requestSuspension", Map.of("reason", "再次申请"));
        assertThat(step("dispatcher", number, "decideSuspension", Map.of("approved", false)).text("status"))
                .isEqualTo("DISPATCHED");
    }

    @Test
    void departmentAsksForAnExtensionAndKeepsWorking() {
        String number = dispatched();
        String handler = "handler-" + get("dispatcher", number).json().path("department").path("code").asString();

        Response requested = step(handler, number, "requestExtension", Map.of("minutes", 480, "reason", "需要调配设备"));
        assertThat(requested.json().path("extensionPending").asBoolean()).isTrue();
        assertThat(actions(requested)).contains("reportHandled").doesNotContain("requestExtension");
        assertThat(act(handler, number, "requestExtension", Map.of("minutes", 60, "reason", "x")).status())
                .isEqualTo(409);

        Response decided = step("dispatcher", number, "decideExtension", Map.of("granted", true));

        assertThat(decided.json().path("extensionPending").asBoolean()).isFalse();
        JsonNode entry = decided.json().path("timeline").get(decided.json().path("timeline").size() - 1);
        assertThat(entry.path("outcome").asString()).isEqualTo("GRANTED");
        assertThat(entry.path("minutes").asInt()).isEqualTo(480);
    }

    @Test
    void leaderUrgesAndAnyoneCommentsWithoutChangingTheStatus() {
        String number = dispatched();

        assertThat(step("leader", number, "urge", Map.of("note", "请尽快处理")).text("status")).isEqualTo("DISPATCHED");
        assertThat(step("dispatcher", number, "comment", Map.of("note", "已电话联系")).text("status"))
                .isEqualTo("DISPATCHED");
    }

    private String dispatched() {
        String number = report();
        step("operator", number, "accept");
        step("supervisor", number, "register");
        step("dispatcher", number, "dispatch");
        return number;
    }

    private static List<String> actions(Response response) {
        return response.json().path("allowedActions").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> timeline(Response response) {
        return response.json().path("timeline").valueStream().map(entry -> entry.path("action").asString()).toList();
    }
}
