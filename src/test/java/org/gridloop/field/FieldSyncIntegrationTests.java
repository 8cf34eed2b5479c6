package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The JSON sync: every item answered on its own, nothing lost beside a bad item, and a replayed
 * or reordered batch changing nothing.
 */
class FieldSyncIntegrationTests extends FieldSyncSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersEveryReportOnItsOwnAndKeepsTheGoodOnesBesideABadOne() {
        Map<String, Object> first = report("井盖松动");
        Map<String, Object> unknownClass = report("类别不存在");
        unknownClass.put("categoryCode", "99999");
        Map<String, Object> inaccurate = report("定位漂移");
        inaccurate.put("accuracyMeters", 80);
        Map<String, Object> pinned = report("手动标点");
        pinned.put("accuracyMeters", 80);
        pinned.put("pinned", true);
        List<Map<String, Object>> reports = List.of(first, unknownClass, inaccurate, pinned);

        JsonNode answer = sync("inspector", batch(0, reports, List.of(), List.of()), "en");

        JsonNode items = answer.path("items");
        assertThat(items.size()).isEqualTo(4);
        assertThat(items.path(0).path("state").asString()).isEqualTo("accepted");
        assertThat(items.path(0).path("clientId").asString()).isEqualTo(first.get("clientId"));
        assertThat(items.path(1).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(1).path("field").asString()).isEqualTo("categoryCode");
        assertThat(items.path(2).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(2).path("field").asString()).isEqualTo("accuracyMeters");
        assertThat(items.path(2).path("reason").asString()).contains("by hand");
        assertThat(items.path(3).path("state").asString()).isEqualTo("accepted");
        String pinnedCase = items.path(3).path("caseNumber").asString();
        JsonNode pinnedFile = api().get(token("operator"), "/api/v1/cases/" + pinnedCase).json();
        assertThat(pinnedFile.path("location").path("pinned").asBoolean()).isTrue();
        String firstCase = items.path(0).path("caseNumber").asString();
        assertThat(api().get(token("operator"), "/api/v1/cases/" + firstCase).json().path("location")
                .path("pinned").asBoolean()).isFalse();
        assertThat(cases(inaccurate.get("clientId"))).isZero();
    }

    @Test
    void wordsTheReasonInTheRequestsLanguageChineseByDefault() {
        Map<String, Object> inaccurate = report("定位漂移");
        inaccurate.put("accuracyMeters", 51);

        JsonNode answer = sync("inspector", batch(0, List.of(inaccurate), List.of(), List.of()), "zh-CN");

        assertThat(answer.path("items").path(0).path("reason").asString()).contains("手动标点");
    }

    @Test
    void replayedAndReorderedBatchChangesNothing() {
        String toVerify = reported();
        step("operator", toVerify, "requestVerification");
        List<Map<String, Object>> reports = List.of(report("垃圾堆放"), report("占道经营"), report("路灯不亮"));
        List<Map<String, Object>> results = List.of(result(toVerify, "verify", "CONFIRMED"));

        JsonNode first = sync("inspector", batch(0, reports, results, List.of()));
        JsonNode replay = sync("inspector", batch(0, reversed(reports), results, List.of()));

        for (int i = 0; i < 3; i++) {
            assertThat(first.path("items").path(i).path("state").asString()).isEqualTo("accepted");
            JsonNode again = replay.path("items").path(2 - i);
            assertThat(again.path("state").asString()).isEqualTo("duplicate");
            assertThat(again.path("caseNumber").asString())
                    .isEqualTo(first.path("items").path(i).path("caseNumber").asString());
            assertThat(cases(reports.get(i).get("clientId"))).isEqualTo(1);
        }
        assertThat(first.path("items").path(3).path("state").asString()).isEqualTo("accepted");
        assertThat(replay.path("items").path(3).path("state").asString()).isEqualTo("duplicate");
        assertThat(replay.path("items").path(3).path("caseNumber").asString()).isEqualTo(toVerify);
        assertThat(api().get(token("operator"), "/api/v1/cases/" + toVerify).text("status")).isEqualTo("REPORTED");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_timeline_entry t JOIN casework_case c ON c.id = t.case_id "
                + "WHERE c.number = :number AND t.action = 'VERIFY'").param("number", toVerify).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void refusesABadResultAndCarriesOutTheGoodOneBesideIt() {
        String toVerify = reported();
        step("operator", toVerify, "requestVerification");
        Map<String, Object> wrongOutcome = result(toVerify, "verify", "PASSED");
        Map<String, Object> good = result(toVerify, "verify", "NOT_FOUND");
        Map<String, Object> notMine = result("20990101000001", "check", "PASSED");

        JsonNode answer = sync("inspector", batch(0, List.of(), List.of(wrongOutcome, good, notMine), List.of()),
                "en");

        JsonNode items = answer.path("items");
        assertThat(items.path(0).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(0).path("field").asString()).isEqualTo("outcome");
        assertThat(items.path(1).path("state").asString()).isEqualTo("accepted");
        assertThat(items.path(2).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(2).path("reason").asString()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM field_answered_result WHERE client_id IN (:ids)")
                .param("ids", List.of(wrongOutcome.get("clientId"), notMine.get("clientId"))).query(Long.class)
                .single()).as("a refused result claims nothing").isZero();
        JsonNode againLater = sync("inspector", batch(0, List.of(), List.of(wrongOutcome), List.of()), "en");
        assertThat(againLater.path("items").path(0).path("state").asString()).isEqualTo("refused");
    }

    @Test
    void onlyInspectorsSync() {
        var response = api().post(token("operator"), "/api/v1/field/sync", batch(0, List.of(), List.of(), List.of()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long cases(Object clientId) {
        return jdbc.sql("SELECT count(*) FROM casework_case WHERE client_id = :clientId").param("clientId", clientId)
                .query(Long.class).single();
    }
}
