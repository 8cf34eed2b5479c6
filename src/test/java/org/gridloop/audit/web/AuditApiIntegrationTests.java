package org.gridloop.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.AuditedChange;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log over real HTTP: administrative changes made through the API are recorded with
 * who, when, from where and before/after. Edits use 2033, a year no other test counts in.
 */
@HttpIntegrationTest
class AuditApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void recordsACalendarChangeWithActorAddressAndTheDayBeforeAndAfter() {
        put("/api/v1/calendar/special-days/2033-05-06", "{\"kind\":\"HOLIDAY\",\"name\":\"审计假日\"}");
        put("/api/v1/calendar/special-days/2033-05-06", "{\"kind\":\"HOLIDAY\",\"name\":\"改名假日\"}");
        delete("/api/v1/calendar/special-days/2033-05-06");

        var response = api.get(admin, "/api/v1/audit?object=calendar&objectId=2033-05-06");

        assertThat(response.status()).isEqualTo(200);
        JsonNode entries = response.json().path("entries");
        assertThat(entries).hasSize(3);
        JsonNode removed = entries.get(0);
        JsonNode renamed = entries.get(1);
        JsonNode created = entries.get(2);
        assertThat(created.path("action").asString()).isEqualTo("create");
        assertThat(created.path("actor").asString()).isEqualTo("admin");
        assertThat(created.path("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(created.path("before").isNull()).isTrue();
        assertThat(created.path("after").path("name").asString()).isEqualTo("审计假日");
        assertThat(created.path("at").asString()).endsWith("+08:00");
        assertThat(renamed.path("action").asString()).isEqualTo("update");
        assertThat(renamed.path("before").path("name").asString()).isEqualTo("审计假日");
        assertThat(renamed.path("after").path("name").asString()).isEqualTo("改名假日");
        assertThat(removed.path("action").asString()).isEqualTo("delete");
        assertThat(removed.path("after").isNull()).isTrue();
        assertThat(response.json().path("next").isNull()).isTrue();
    }

    @Test
    void readsOlderPagesWithTheCursorAndFiltersByActorAndPeriod() {
        for (int day = 10; day < 15; day++) {
            put("/api/v1/calendar/special-days/2033-06-" + day, "{\"kind\":\"WORKDAY\",\"name\":\"调休\"}");
        }
        var first = api.get(admin, "/api/v1/audit?object=calendar&actor=admin&limit=2");
        long next = first.json().path("next").asLong();
        var second = api.get(admin, "/api/v1/audit?object=calendar&actor=admin&limit=2&before=" + next);

        assertThat(first.json().path("entries")).hasSize(2);
        assertThat(second.json().path("entries")).hasSize(2);
        assertThat(second.json().path("entries").get(0).path("id").asLong()).isLessThan(next);
        assertThat(api.get(admin, "/api/v1/audit?actor=nobody-at-all").json().path("entries")).isEmpty();
        assertThat(api.get(admin, "/api/v1/audit?object=calendar&to=2020-01-01").json().path("entries")).isEmpty();
        assertThat(api.get(admin, "/api/v1/audit?object=calendar&from=2020-01-01&to=2099-12-31")
                .json().path("entries").size()).isGreaterThanOrEqualTo(5);
        for (int day = 10; day < 15; day++) {
            delete("/api/v1/calendar/special-days/2033-06-" + day);
        }
    }

    @Test
    void refusesAnUnreadablePeriodOrLimitNamingTheField() {
        var badFrom = api.get(admin, "/api/v1/audit?from=yesterday");
        var reversed = api.get(admin, "/api/v1/audit?from=2026-12-05&to=2026-12-01");
        var badLimit = api.get(admin, "/api/v1/audit?limit=5000");

        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.contentType()).startsWith("application/problem+json");
        assertThat(badFrom.json().path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(reversed.json().path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(badLimit.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
    }

    @Test
    void isForAdministratorsOnly() {
        assertThat(api.get(api.token("leader"), "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/audit").status()).isEqualTo(401);
    }

    @Test
    void aChangeRolledBackLeavesNoEntry() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(AuditedChange.of("department", "rolled-back", "create", null, Map.of("code", "x")));
            throw new IllegalStateException("the change fails after publishing");
        })).isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> events.publishEvent(
                AuditedChange.of("department", "kept", "create", null, Map.of("code", "y")).by("importer")));

        assertThat(api.get(admin, "/api/v1/audit?object=department&objectId=rolled-back").json().path("entries"))
                .isEmpty();
        JsonNode kept = api.get(admin, "/api/v1/audit?object=department&objectId=kept").json().path("entries");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("actor").asString()).isEqualTo("importer");
        assertThat(kept.get(0).path("address").isNull()).isTrue();
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        transactions.executeWithoutResult(status -> events.publishEvent(
                AuditedChange.of("department", "immutable", "create", null, Map.of("code", "z"))));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone' WHERE object_id = 'immutable'")
                .update()).hasMessageContaining("never changed or removed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE object_id = 'immutable'").update())
                .hasMessageContaining("never changed or removed");
    }

    private void put(String path, String json) {
        assertThat(send("PUT", path, json).statusCode()).isEqualTo(200);
    }

    private void delete(String path) {
        assertThat(send("DELETE", path, null).statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + admin);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(request.method(method, json == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
