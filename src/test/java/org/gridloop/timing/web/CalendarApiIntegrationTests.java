package org.gridloop.timing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridloop.ApiClient;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.WorkingCalendars;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calendar API over real HTTP. Edits use 2031, a year no other test counts in, and undo
 * themselves.
 */
@HttpIntegrationTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendars calendars;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void listsTheSpecialDaysOfAYearFromTheBundledSchedule() {
        var response = api.get(admin, "/api/v1/calendar/years/2026/special-days");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(39);
        assertThat(response.json().get(0).path("date").asString()).isEqualTo("2026-01-01");
        assertThat(response.body()).contains("{\"date\":\"2026-10-10\",\"kind\":\"WORKDAY\",\"name\":\"国庆节调休上班\"}");
    }

    @Test
    void refusesEveryoneButAdministratorsWithAProblem() {
        for (String username : new String[] {"operator", "supervisor", "dispatcher"}) {
            String token = api.token(username);

            var listing = api.get(token, "/api/v1/calendar/years/2026/special-days");
            var edit = send("PUT", "/api/v1/calendar/special-days/2031-03-04", token, "application/json",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");

            assertThat(listing.status()).as(username).isEqualTo(403);
            assertThat(listing.contentType()).startsWith("application/problem+json");
            assertThat(edit.statusCode()).as(username).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/calendar/versions").status()).isEqualTo(401);
    }

    @Test
    void anAddedHolidayMovesDueTimesAtOnceAndItsRemovalMovesThemBack() {
        String dueTime = "/api/v1/calendar/due-time?start=2031-03-03T17:00:00%2B08:00&amount=120&unit=WORKING_MINUTES";
        assertThat(api.get(admin, dueTime).text("dueAt")).isEqualTo("2031-03-04T02:00:00Z");

        var added = send("PUT", "/api/v1/calendar/special-days/2031-03-04", admin, "application/json",
                "{\"kind\":\"HOLIDAY\",\"name\":\"测试假日\"}");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(api.get(admin, dueTime).text("dueAt")).isEqualTo("2031-03-05T02:00:00Z");
        assertThat(calendars.dueAt(java.time.Instant.parse("2031-03-03T09:00:00Z"), TimeLimit.workingHours(2)))
                .isEqualTo(java.time.Instant.parse("2031-03-05T02:00:00Z"));

        assertThat(send("DELETE", "/api/v1/calendar/special-days/2031-03-04", admin, null, null).statusCode())
                .isEqualTo(204);
        assertThat(api.get(admin, dueTime).text("dueAt")).isEqualTo("2031-03-04T02:00:00Z");
        assertThat(send("DELETE", "/api/v1/calendar/special-days/2031-03-04", admin, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void importsAYearAsCsvReplacingItsDays() {
        String csv = "date,kind,name\n2031-01-01,holiday,元旦\n2031-01-04,workday,元旦调休上班\n";

        var imported = send("PUT", "/api/v1/calendar/years/2031/special-days", admin, "text/csv", csv);
        var replaced = send("PUT", "/api/v1/calendar/years/2031/special-days", admin, "text/csv",
                "date,kind,name\n2031-01-01,holiday,元旦\n");

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("2031-01-04", "WORKDAY");
        assertThat(replaced.body()).contains("2031-01-01").doesNotContain("2031-01-04");
        assertThat(send("PUT", "/api/v1/calendar/years/2031/special-days", admin, "text/csv", "date,kind,name\n")
                .statusCode()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/calendar/years/2031/special-days").json().size()).isZero();
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertField(send("PUT", "/api/v1/calendar/special-days/2031-02-30", admin, "application/json",
                "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}"), "date");
        assertField(send("PUT", "/api/v1/calendar/special-days/2031-03-04", admin, "application/json",
                "{\"kind\":\"REST\",\"name\":\"x\"}"), "kind");
        assertField(send("PUT", "/api/v1/calendar/special-days/2031-03-04", admin, "application/json",
                "{\"kind\":\"HOLIDAY\",\"name\":\" \"}"), "name");
        assertField(send("PUT", "/api/v1/calendar/years/2031/special-days", admin, "text/csv",
                "date,kind,name\n2032-01-01,holiday,元旦\n"), "csv");
        assertField(send("GET", "/api/v1/calendar/years/1999/special-days", admin, null, null), "year");
        assertField(send("GET", "/api/v1/calendar/due-time?start=tomorrow&amount=1&unit=WORKING_HOURS", admin, null,
                null), "start");
        assertField(send("GET", "/api/v1/calendar/due-time?start=2031-03-03T17:00:00%2B08:00&amount=1&unit=DAYS",
                admin, null, null), "unit");
        assertField(send("POST", "/api/v1/calendar/versions", admin, "application/json",
                "{\"name\":\"夏季\",\"validFrom\":\"2031-07-01\",\"week\":{\"MONDAY\":[\"12:00-09:00\"]}}"), "week");
    }

    @Test
    void listsTheVersionsOfTheWorkingWeek() {
        var versions = api.get(admin, "/api/v1/calendar/versions");

        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().get(0).path("validFrom").asString()).isEqualTo("2000-01-01");
        assertThat(versions.json().get(0).path("week").path("MONDAY").toString())
                .isEqualTo("[\"09:00-12:00\",\"14:00-18:00\"]");
        assertThat(versions.json().get(0).path("week").path("SATURDAY").size()).isZero();
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=UTF-8");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
