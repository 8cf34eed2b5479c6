package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.gridloop.field.internal.SyncCodec;
import org.gridloop.field.internal.SyncRequest;
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
    void theCaseKeepsTheReportersUrgencyProposalAndAFilingTimeHoursBeforeTheReceipt() {
        OffsetDateTime filed = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).withNano(0);
        Map<String, Object> queued = report("离线时发现的井盖缺失");
        queued.put("urgent", true);
        queued.put("reportedAt", filed.toString());
        Map<String, Object> plain = report("当场上报");
        plain.remove("reportedAt");

        JsonNode items = sync("inspector", batch(0, List.of(queued, plain), List.of(), List.of())).path("items");

        JsonNode file = api().get(token("operator"), "/api/v1/cases/" + items.path(0).path("caseNumber").asString())
                .json();
        assertThat(file.path("urgentProposed").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(file.path("filedAt").asString()).toInstant()).isEqualTo(filed.toInstant());
        OffsetDateTime received = OffsetDateTime.parse(file.path("reportedAt").asString());
        assertThat(Duration.between(filed, received)).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
        assertThat(file.path("urgency").isMissingNode()).as("the urgency is set at registration").isTrue();
        JsonNode plainFile = api().get(token("operator"),
                "/api/v1/cases/" + items.path(1).path("caseNumber").asString()).json();
        assertThat(plainFile.path("urgentProposed").asBoolean()).isFalse();
        assertThat(plainFile.has("filedAt")).as("filed when received").isFalse();
    }

    @Test
    void refusesAFilingTimeTenMinutesAheadOnReportedAtAndKeepsTheNeighbour() {
        Map<String, Object> ahead = report("手机时间超前");
        ahead.put("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(10).withNano(0).toString());
        Map<String, Object> daysLate = report("离线多日后送达");
        daysLate.put("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(12).withNano(0).toString());

        JsonNode items = sync("inspector", batch(0, List.of(ahead, daysLate), List.of(), List.of()), "en")
                .path("items");

        assertThat(items.path(0).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(0).path("field").asString()).isEqualTo("reportedAt");
        assertThat(items.path(0).path("reason").asString()).contains("2 minutes");
        assertThat(cases(ahead.get("clientId"))).isZero();
        assertThat(items.path(1).path("state").asString()).isEqualTo("accepted");
        assertThat(cases(daysLate.get("clientId"))).isEqualTo(1);
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
    void refusesACorruptCompactBodyWithAProblemNamingTheBody() {
        byte[] garbage = {0x13, 0x37, 0x00, (byte) 0xFF, 0x42};

        var response = api().postBytes(token("inspector"), "/api/v1/field/sync", SyncCodec.MEDIA_TYPE, garbage);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo("body");
    }

    @Test
    void answersACompactRequestInJsonWhenAskedFor() {
        Map<String, Object> report = report("路面塌陷");
        byte[] body = SyncCodec.encode(JSON.convertValue(batch(0, List.of(report), List.of(), List.of()),
                SyncRequest.class));

        var response = api().postBytes(token("inspector"), "/api/v1/field/sync", SyncCodec.MEDIA_TYPE, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("items").path(0).path("state").asString()).isEqualTo("accepted");
        assertThat(cases(report.get("clientId"))).isEqualTo(1);
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
