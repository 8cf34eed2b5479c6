package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The legacy import over HTTP: a small file becomes cases with their statuses, timelines and
 * on-time flags as the case API shows them; a file with any bad row writes nothing and lists
 * every bad row by line and column; an import that passes the check is a job, followed until
 * done, that keeps nothing when it fails part-way.
 */
class CaseImportIntegrationTests extends CaseApiSupport {

    private static final String HEADER = String.join(",", ImportedRows.HEADER);
    private static final String PATH = "/api/v1/imports/cases";
    private static final AtomicLong NEXT = new AtomicLong(8_100_000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseImport imports;

    @Autowired
    TransactionTemplate transactions;

    /** A case number of 2019 no other test uses. */
    private static String number() {
        return "2019" + NEXT.incrementAndGet();
    }

    private Response upload(String username, List<String> rows) {
        String file = "\uFEFF" + HEADER + "\n" + String.join("\n", rows) + "\n";
        return api().postBytes(token(username), PATH, "text/csv", file.getBytes(StandardCharsets.UTF_8));
    }

    private String point() {
        double[] point = pointInGrids();
        return point[0] + "," + point[1];
    }

    @Test
    void importsCasesWithTheTimelinesTheirTimesImply() {
        String closed = number();
        String rejected = number();
        String dispatched = number();
        String declined = number();
        String code = incidentCode();
        // Tuesday 3 March 2026, a working day: accepted after 5 working minutes (limit 10),
        // registered after 25 (limit 10), closed 5 minutes after the check.
        List<String> rows = List.of(
                closed + ",inspector,incident," + code + "," + point() + ",2026-03-03T09:00:00+08:00,inspector,"
                        + "2026-03-03T09:05:00+08:00,2026-03-03T09:30:00+08:00,2026-03-03T09:35:00+08:00,planning,"
                        + "2026-03-03T10:00:00+08:00,2026-03-03T10:20:00+08:00,2026-03-03T10:25:00+08:00,closed,1",
                rejected + ",hotline,incident," + code + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,"
                        + "2026-03-03T09:04:00+08:00,REJECTED,",
                dispatched + ",public,incident," + code + "," + point() + ",2026-03-03T09:00:00+08:00,,"
                        + "2026-03-03T09:05:00+08:00,2026-03-03T09:10:00+08:00,2026-03-03T09:15:00+08:00,planning,"
                        + ",,,DISPATCHED,",
                declined + ",sms,incident," + code + ",22.7,114.2,2026-03-03T09:00:00+08:00,,"
                        + "2026-03-03T09:05:00+08:00,,,,,,2026-03-03T09:20:00+08:00,DECLINED,0");

        Response response = upload("admin", rows);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("imported").asInt()).isEqualTo(4);
        JsonNode job = api().get(token("admin"), "/api/v1/imports/" + response.json().path("id").asLong()).json();
        assertThat(job.path("state").asString()).isEqualTo("DONE");
        assertThat(job.path("done").asLong()).isEqualTo(4);
        assertThat(job.path("total").asLong()).isEqualTo(4);
        assertThat(job.path("requestedBy").asString()).isEqualTo("admin");
        assertThat(job.path("requestedAt").asString()).endsWith("+08:00");
        assertThat(job.path("finishedAt").asString()).endsWith("+08:00");

        JsonNode closedCase = get("supervisor", closed).json();
        assertThat(closedCase.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closedCase.path("channel").asString()).isEqualTo("INSPECTOR");
        assertThat(closedCase.path("returnCount").asInt()).isEqualTo(1);
        assertThat(actions(closedCase)).containsExactly("submit", "accept", "register", "dispatch", "requestReturn",
                "approveReturn", "dispatch", "reportHandled", "requestCheck", "check", "close");
        JsonNode timeline = closedCase.path("timeline");
        assertThat(timeline.get(0).path("actor").asString()).isEqualTo("inspector");
        assertThat(timeline.get(1).path("actor").asString()).isEqualTo("import");
        assertThat(timeline.get(1).path("post").asString()).isEqualTo("INTAKE_OPERATOR");
        assertThat(timeline.get(1).path("stageEnded").asString()).isEqualTo("ACCEPT");
        assertThat(timeline.get(1).path("onTime").asBoolean()).isTrue();
        assertThat(timeline.get(2).path("stageEnded").asString()).isEqualTo("REGISTER");
        assertThat(timeline.get(2).path("onTime").asBoolean()).as("25 of 10 working minutes").isFalse();
        assertThat(timeline.get(7).path("post").asString()).isEqualTo("DEPARTMENT_HANDLER");
        assertThat(timeline.get(7).path("department").asString()).isEqualTo("planning");
        assertThat(timeline.get(10).path("stageEnded").asString()).isEqualTo("CLOSE");
        assertThat(timeline.get(10).path("onTime").asBoolean()).isTrue();
        assertThat(timeline.get(10).path("at").asString()).startsWith("2026-03-03T10:25");

        JsonNode rejectedCase = get("supervisor", rejected).json();
        assertThat(rejectedCase.path("status").asString()).isEqualTo("REJECTED");
        assertThat(actions(rejectedCase)).containsExactly("submit", "reject");

        JsonNode open = get("supervisor", dispatched).json();
        assertThat(open.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(open.path("channel").asString()).isEqualTo("PUBLIC");
        assertThat(open.path("department").path("code").asString()).isEqualTo("planning");
        assertThat(actions(open)).containsExactly("submit", "accept", "register", "dispatch");
        assertThat(open.path("stage").asString()).isEqualTo("HANDLE");

        JsonNode declinedCase = get("supervisor", declined).json();
        assertThat(declinedCase.path("status").asString()).isEqualTo("DECLINED");
        assertThat(declinedCase.path("channel").asString()).isEqualTo("SMS");
        assertThat(actions(declinedCase)).containsExactly("submit", "accept", "decline");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEveryBadRow() {
        String code = incidentCode();
        String good = number();
        String repeated = number();
        String reported = ",2026-03-03T09:00:00+08:00,";
        String registered = "2026-03-03T09:05:00+08:00,2026-03-03T09:10:00+08:00,";
        List<String> rows = new ArrayList<>();
        rows.add(good + ",hotline,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        // line 3: closed before registered
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2" + reported + "," + registered
                + ",,,,2026-03-03T09:07:00+08:00,DISCARDED,");
        // line 4: a final status the times contradict
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,CLOSED,");
        // line 5: unknown class
        rows.add(number() + ",hotline,incident,99999999,22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        // line 6: unknown department
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2" + reported + "," + registered
                + "2026-03-03T09:15:00+08:00,no-such-department,,,,DISPATCHED,");
        // line 7: unknown source and status
        rows.add(number() + ",fax,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,LOST,");
        // line 8: latitude out of range
        rows.add(number() + ",hotline,incident," + code + ",95,114.2" + reported + ",,,,,,,,REPORTED,");
        // line 9: an inspector's report outside the grid area
        rows.add(number() + ",inspector,incident," + code + ",10.0,100.0" + reported + "inspector,,,,,,,,REPORTED,");
        // line 10: empty required field
        rows.add(number() + ",hotline,," + code + ",22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        // line 11: bad number format
        rows.add("ABC,hotline,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        // lines 12 and 13: a number twice
        rows.add(repeated + ",hotline,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        rows.add(repeated + ",hotline,incident," + code + ",22.7,114.2" + reported + ",,,,,,,,REPORTED,");
        // line 14: a step without the one before
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2" + reported
                + ",,,,,2026-03-03T09:30:00+08:00,,,HANDLED,");
        // line 15: a time without offset
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2,2026-03-03T09:00:00,,,,,,,,,REPORTED,");
        // line 16: a NUL character, which no text may hold
        rows.add(number() + ",hotline,incident," + code + ",22.7,114.2" + reported + "\u0000,,,,,,,,REPORTED,");
        // line 17: too few columns
        rows.add(number() + ",hotline,incident");

        Response response = upload("admin", rows);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> errors = new ArrayList<>();
        response.json().path("errors").forEach(error -> {
            assertThat(error.path("message").asString()).isNotBlank();
            JsonNode field = error.path("field");
            errors.add(error.path("line").asInt() + ":" + (field.isNull() || field.isMissingNode() ? "-"
                    : field.asString()));
        });
        assertThat(errors).containsExactly("3:closed_at", "4:final_status", "5:category_code", "6:department",
                "7:source", "7:final_status", "8:lat", "9:lat", "10:kind", "11:number", "13:number",
                "14:handled_at", "15:reported_at", "16:-", "17:-");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE number = :number").param("number", good)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsImport() {
        String row = number() + ",hotline,incident," + incidentCode() + ",22.7,114.2,2026-03-03T09:00:00+08:00,"
                + ",,,,,,,,REPORTED,";

        assertThat(upload("supervisor", List.of(row)).status()).isEqualTo(403);
        assertThat(upload("operator", List.of(row)).status()).isEqualTo(403);
    }

    @Test
    void aSecondImportOfTheSameNumbersIsRefused() {
        String number = number();
        List<String> rows = List.of(number + ",video,incident," + incidentCode()
                + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,");
        assertThat(upload("admin", rows).status()).isEqualTo(200);

        Response again = upload("admin", rows);

        assertThat(again.status()).as(again.body()).isEqualTo(400);
        JsonNode error = again.json().path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("field").asString()).isEqualTo("number");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE number = :number").param("number", number)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseIsPermanentSoItsTimelineNeverLosesIt() {
        String number = number();
        assertThat(upload("admin", List.of(number + ",video,incident," + incidentCode()
                + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,")).status()).isEqualTo(200);
        long id = jdbc.sql("SELECT id FROM casework_case WHERE number = :number").param("number", number)
                .query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casework_case WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never removed");
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET id = -id WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never change");

        assertThat(jdbc.sql("SELECT count(*) FROM casework_timeline_entry e JOIN casework_case c ON c.id = e.case_id "
                + "WHERE c.number = :number").param("number", number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNewCaseIsNumberedAfterTheImportedNumbers() {
        String number = "2019" + 9_400_000;
        assertThat(upload("admin", List.of(number + ",leader,incident," + incidentCode()
                + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,")).status()).isEqualTo(200);

        String next = report();

        assertThat(Long.parseLong(next.substring(4))).isGreaterThan(9_400_000);
    }

    @Test
    void aPreferredAsyncImportAnswersAtOnceAndIsFollowedUntilDone() {
        String first = number();
        String second = number();
        String rows = String.join("\n", List.of(
                first + ",hotline,incident," + incidentCode() + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,",
                second + ",video,incident," + incidentCode() + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,"));

        Response started = api().postBytes(token("admin"), PATH, "text/csv",
                (HEADER + "\n" + rows + "\n").getBytes(StandardCharsets.UTF_8),
                "Prefer", "handling=lenient, respond-async; x=1");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        assertThat(started.header("Location")).isEqualTo("/api/v1/imports/" + id);
        assertThat(started.header("Preference-Applied")).isEqualTo("respond-async");
        assertThat(started.json().path("state").asString()).isEqualTo("RUNNING");
        assertThat(started.json().path("done").asLong()).isZero();
        assertThat(started.json().path("total").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api().get(token("admin"), started.header("Location")).text("state")).isEqualTo("DONE"));
        JsonNode done = api().get(token("admin"), started.header("Location")).json();
        assertThat(done.path("done").asLong()).isEqualTo(2);
        assertThat(done.path("total").asLong()).isEqualTo(2);
        assertThat(absent(done.path("finishedAt"))).isFalse();
        assertThat(absent(done.path("failure"))).isTrue();
        assertThat(get("supervisor", first).json().path("status").asString()).isEqualTo("REPORTED");
        assertThat(get("supervisor", second).json().path("channel").asString()).isEqualTo("VIDEO");
    }

    @Test
    void aRefusedFileIsAnswered400EvenWhenAsyncIsPreferred() {
        Response response = api().postBytes(token("admin"), PATH, "text/csv",
                (HEADER + "\nABC,fax\n").getBytes(StandardCharsets.UTF_8), "Prefer", "respond-async");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("caseImport.refused");
        assertThat(response.header("Location")).isEmpty();
    }

    /**
     * An import blocked in its second batch by another transaction's uncommitted case of one of
     * its numbers: its progress shows the first batch written while none of it is visible, and
     * when the other transaction commits the import fails and keeps nothing.
     */
    @Test
    void progressIsVisibleWhileTheImportIsOpenAndAFailurePartWayKeepsNothing() {
        int size = 2 * CaseImport.BATCH + 10;
        List<String> numbers = new ArrayList<>();
        long base = NEXT.getAndAdd(size);
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= size; i++) {
            String number = "2019" + (base + i);
            numbers.add(number);
            file.append(number).append(",hotline,incident,").append(incidentCode())
                    .append(",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,\n");
        }
        String contested = numbers.get(CaseImport.BATCH + 5);
        String[] location = new String[1];

        transactions.executeWithoutResult(status -> {
            imports.importCases((HEADER + "\n" + contested + ",leader,incident," + incidentCode()
                    + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,\n").getBytes(StandardCharsets.UTF_8),
                    "admin");
            Response started = api().postBytes(token("admin"), PATH, "text/csv",
                    file.toString().getBytes(StandardCharsets.UTF_8), "Prefer", "respond-async");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            location[0] = started.header("Location");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    api().get(token("admin"), location[0]).json().path("done").asLong()).isEqualTo(CaseImport.BATCH));
            JsonNode running = api().get(token("admin"), location[0]).json();
            assertThat(running.path("state").asString()).isEqualTo("RUNNING");
            assertThat(running.path("total").asLong()).isEqualTo(size);
            assertThat(absent(running.path("finishedAt"))).isTrue();
            assertThat(api().get(token("supervisor"), "/api/v1/cases/" + numbers.get(0)).status())
                    .as("written, not committed").isEqualTo(404);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api().get(token("admin"), location[0]).text("state")).isEqualTo("FAILED"));
        JsonNode failed = api().get(token("admin"), location[0]).json();
        assertThat(failed.path("done").asLong()).isZero();
        assertThat(failed.path("failure").asString()).isEqualTo("另一次导入已写入了其中部分案卷号");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE number = ANY (CAST(:numbers AS VARCHAR[]))")
                .param("numbers", numbers.toArray(String[]::new)).query(Long.class).single())
                .as("only the other transaction's case").isEqualTo(1);
    }

    @Test
    void anUnknownImportIsNotFound() {
        Response response = api().get(token("admin"), "/api/v1/imports/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdministratorsFollowImports() {
        Response done = upload("admin", List.of(number() + ",hotline,incident," + incidentCode()
                + ",22.7,114.2,2026-03-03T09:00:00+08:00,,,,,,,,,REPORTED,"));
        String path = "/api/v1/imports/" + done.json().path("id").asLong();

        assertThat(api().get(token("admin"), path).status()).isEqualTo(200);
        assertThat(api().get(token("supervisor"), path).status()).isEqualTo(403);
        assertThat(api().get(token("inspector"), path).status()).isEqualTo(403);
        assertThat(api().postBytes(token("operator"), PATH, "text/csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8), "Prefer", "respond-async").status()).isEqualTo(403);
    }

    private static boolean absent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    private static List<String> actions(JsonNode file) {
        List<String> actions = new ArrayList<>();
        file.path("timeline").forEach(entry -> actions.add(entry.path("action").asString()));
        return actions;
    }
}
