package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The task feed of the sync: the inspector's task and report changes since the cursor, and
 * nothing before it; position samples kept or refused one by one; the live event stream.
 */
class TaskFeedIntegrationTests extends FieldSyncSupport {

    private static final String OTHER_INSPECTOR = "i002-001";

    @Test
    void cursorReturnsOnlyTheChangesSinceIt() {
        String number = reported();
        long before = sync("inspector", batch(0, List.of(), List.of(), List.of())).path("cursor").asLong();

        step("operator", number, "requestVerification");
        JsonNode opened = awaitTask(before, number);

        JsonNode task = task(opened, number);
        assertThat(task.path("task").asString()).isEqualTo("verification");
        assertThat(task.path("state").asString()).isEqualTo("open");
        assertThat(task.path("dueAt").isNull()).isFalse();
        assertThat(task.path("description").asString()).isEqualTo("路面有积水");
        long after = opened.path("cursor").asLong();
        assertThat(after).isGreaterThan(before);
        assertThat(reportStatus(opened, number)).isEqualTo("VERIFYING");
        assertThat(task(sync("inspector", batch(after, List.of(), List.of(), List.of())), number))
                .as("nothing new since the cursor").isNull();

        sync("inspector", batch(after, List.of(), List.of(result(number, "verify", "CONFIRMED")), List.of()));
        JsonNode done = awaitTask(after, number);
        assertThat(task(done, number).path("state").asString()).isEqualTo("done");
        assertThat(task(done, number).path("light").isNull()).isTrue();
    }

    @Test
    void firstSyncListsEveryOpenTaskAndTheWithdrawnOneComesAsWithdrawn() {
        String number = reported();
        step("operator", number, "requestVerification");
        JsonNode first = sync("inspector", batch(0, List.of(), List.of(), List.of()));
        assertThat(task(first, number).path("state").asString()).isEqualTo("open");
        long cursor = first.path("cursor").asLong();

        var discard = api().post(token("supervisor"), "/api/v1/cases/" + number + "/discard",
                Map.of("reason", "重复上报"));
        assertThat(discard.status()).as(discard.body()).isEqualTo(200);

        JsonNode withdrawn = awaitState(cursor, number, "withdrawn");
        assertThat(reportStatus(withdrawn, number)).isEqualTo("DISCARDED");
    }

    @Test
    void aReassignedTaskIsWithdrawnFromItsInspectorAndReachesTheOtherWithItsDueTime() {
        String number = reported();
        step("operator", number, "requestVerification");
        JsonNode first = sync("inspector", batch(0, List.of(), List.of(), List.of()));
        String dueAt = task(first, number).path("dueAt").asString();
        long cursor = first.path("cursor").asLong();
        long otherCursor = sync(OTHER_INSPECTOR, batch(0, List.of(), List.of(), List.of())).path("cursor").asLong();

        var reassigned = api().post(token("operator"), "/api/v1/cases/" + number + "/reassign",
                Map.of("inspector", OTHER_INSPECTOR, "note", "原监督员休假"));

        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(reassigned.json().path("status").asString()).isEqualTo("VERIFYING");
        assertThat(reassigned.json().path("assignedInspector").asString()).isEqualTo(OTHER_INSPECTOR);
        assertThat(reassigned.json().path("dueAt").asString()).as("the stage clock runs on").isEqualTo(dueAt);
        awaitState("inspector", cursor, number, "withdrawn");
        JsonNode opened = awaitState(OTHER_INSPECTOR, otherCursor, number, "open");
        assertThat(task(opened, number).path("dueAt").asString()).isEqualTo(dueAt);
        assertThat(api().post(token("inspector"), "/api/v1/cases/" + number + "/verify",
                Map.of("confirmed", true)).status()).as("the task is no longer theirs").isEqualTo(403);
        assertThat(api().post(token(OTHER_INSPECTOR), "/api/v1/cases/" + number + "/verify",
                Map.of("confirmed", true)).json().path("status").asString()).isEqualTo("REPORTED");
    }

    @Test
    void aReassignmentNamesAnotherInspectorOfAnOpenTask() {
        String number = reported();
        String path = "/api/v1/cases/" + number + "/reassign";
        assertThat(api().post(token("operator"), path, Map.of("inspector", OTHER_INSPECTOR)).status())
                .as("no task is open yet").isEqualTo(409);
        step("operator", number, "requestVerification");

        assertThat(api().post(token("operator"), path, Map.of()).json().path("errors").path(0).path("field")
                .asString()).isEqualTo("inspector");
        var same = api().post(token("operator"), path, Map.of("inspector", "inspector"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("code").asString()).isEqualTo("case.reassign.same");
        assertThat(same.json().path("errors").path(0).path("field").asString()).isEqualTo("inspector");
        assertThat(api().post(token("operator"), path, Map.of("inspector", "nobody")).status()).isEqualTo(400);
        assertThat(api().post(token("dispatcher"), path, Map.of("inspector", OTHER_INSPECTOR)).status())
                .as("the intake operator reassigns").isEqualTo(403);
        assertThat(api().get(token("operator"), "/api/v1/cases/" + number).json().path("assignedInspector")
                .asString()).as("nothing changed").isEqualTo("inspector");
    }

    @Test
    void keepsGoodPositionSamplesAndRefusesTheImpossibleOnesOneByOne() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        List<Map<String, Object>> samples = List.of(
                Map.of("at", now.minusMinutes(2).toString(), "lat", 22.70, "lon", 114.13, "accuracyMeters", 8),
                Map.of("at", now.minusDays(10).toString(), "lat", 22.70, "lon", 114.13, "accuracyMeters", 8),
                Map.of("at", now.minusMinutes(1).toString(), "lat", 95.0, "lon", 114.13, "accuracyMeters", 8),
                Map.of("at", now.toString(), "lat", 22.7001, "lon", 114.1301, "accuracyMeters", 5));

        JsonNode answer = sync("inspector", batch(0, List.of(), List.of(), samples), "en");
        JsonNode replay = sync("inspector", batch(0, List.of(), List.of(), reversed(samples)), "en");

        assertThat(answer.path("positions").path("accepted").asInt()).isEqualTo(2);
        JsonNode refused = answer.path("positions").path("refused");
        assertThat(refused.size()).isEqualTo(2);
        assertThat(refused.path(0).path("index").asInt()).isEqualTo(1);
        assertThat(refused.path(0).path("field").asString()).isEqualTo("at");
        assertThat(refused.path(0).path("reason").asString()).contains("7 days");
        assertThat(refused.path(1).path("index").asInt()).isEqualTo(2);
        assertThat(refused.path(1).path("field").asString()).isEqualTo("lat");
        assertThat(replay.path("positions").path("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void eventStreamTellsTheInspectorWhenATaskArrives() throws Exception {
        String number = reported();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/field/events"))
                .header("Authorization", "Bearer " + token("inspector")).header("Accept", "text/event-stream")
                .GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Iterator<String> lines = response.body().iterator();
        assertThat(nextEvent(lines)).as("the first event comes at once").isEqualTo("event:tasks");

        step("operator", number, "requestVerification");

        assertThat(nextEvent(lines)).isEqualTo("event:tasks");
        response.body().close();
    }

    @Test
    void eventStreamIsForInspectorsOnly() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/field/events"))
                .header("Authorization", "Bearer " + token("operator"))
                .header("Accept", "text/event-stream, application/problem+json").GET().build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static String nextEvent(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("event:")) {
                    return line.replace(" ", "");
                }
            }
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    private JsonNode awaitTask(long cursor, String number) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            answer[0] = sync("inspector", batch(cursor, List.of(), List.of(), List.of()));
            JsonNode task = task(answer[0], number);
            return task != null;
        });
        return answer[0];
    }

    private JsonNode awaitState(long cursor, String number, String state) {
        return awaitState("inspector", cursor, number, state);
    }

    private JsonNode awaitState(String inspector, long cursor, String number, String state) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            answer[0] = sync(inspector, batch(cursor, List.of(), List.of(), List.of()));
            JsonNode task = task(answer[0], number);
            return task != null && task.path("state").asString().equals(state);
        });
        return answer[0];
    }

    private static JsonNode task(JsonNode answer, String number) {
        for (JsonNode task : answer.path("tasks")) {
            if (task.path("caseNumber").asString().equals(number)) {
                return task;
            }
        }
        return null;
    }

    private static String reportStatus(JsonNode answer, String number) {
        for (JsonNode report : answer.path("reports")) {
            if (report.path("caseNumber").asString().equals(number)) {
                return report.path("status").asString();
            }
        }
        return null;
    }
}
