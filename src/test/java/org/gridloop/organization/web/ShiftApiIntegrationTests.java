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

/**
 * The teams' shift schedules over real HTTP: the demo office hours, the administrator's
 * replacement checked field by field and against the version read, audited, and who may see them.
 */
@HttpIntegrationTest
class ShiftApiIntegrationTests {

    private static final String NANAO = "/api/v1/teams/team-440307013/shifts";

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
    void theDemoTeamsWorkOfficeHoursOnWorkingDays() {
        Response pinghu = api.get(admin, "/api/v1/teams/team-440307001/shifts");

        assertThat(pinghu.status()).as(pinghu.body()).isEqualTo(200);
        assertThat(pinghu.json().path("workingDaysOnly").asBoolean()).isTrue();
        assertThat(pinghu.json().path("periods").valueStream()
                .map(p -> p.path("weekday").asString() + " " + p.path("start").asString() + "-" + p.path("end").asString()))
                .hasSize(10).startsWith("monday 09:00-12:00", "monday 14:00-18:00").endsWith("friday 14:00-18:00");
    }

    @Test
    void theAdministratorReplacesAScheduleAgainstTheVersionReadAndItIsAudited() {
        Response before = api.get(admin, NANAO);
        int version = before.json().path("version").asInt();

        Response replaced = api.put(admin, NANAO, schedule(false, version,
                period("saturday", "08:00", "12:00"), period("monday", "13:00", "17:30")));
        Response stale = api.put(admin, NANAO, schedule(true, version, period("monday", "09:00", "12:00")));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("version").asInt()).isEqualTo(version + 1);
        assertThat(replaced.json().path("workingDaysOnly").asBoolean()).isFalse();
        assertThat(api.get(api.token("leader"), NANAO).json().path("periods").valueStream()
                .map(p -> p.path("weekday").asString() + " " + p.path("start").asString()))
                .containsExactly("monday 13:00", "saturday 08:00");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
        Response audit = api.get(admin, "/api/v1/audit?object=team&objectId=team-440307013&limit=5");
        assertThat(audit.json().path("entries").path(0).path("action").asString()).isEqualTo("shifts");
        Map<String, Object> restored = new HashMap<>();
        restored.put("workingDaysOnly", true);
        restored.put("periods", before.json().path("periods"));
        assertThat(api.put(admin, NANAO, restored).status()).isEqualTo(200);
    }

    @Test
    void refusesABadScheduleNamingEveryFieldAtFaultAndKeepsTheOldOne() {
        Response before = api.get(admin, NANAO);

        Response refused = api.put(admin, NANAO, schedule(true, null,
                period("funday", "09:00", "12:00"),
                period("monday", "14:00", "13:00"),
                period("tuesday", "09:00", "09:00"),
                period("wednesday", "09:00", "12:00"),
                period("wednesday", "11:00", "13:00"),
                period("thursday", "9 am", "25:00")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("periods[0].weekday", "periods[1].end", "periods[2].end",
                "periods[4]", "periods[5].start", "periods[5].end");
        assertThat(api.get(admin, NANAO).body()).isEqualTo(before.body());
    }

    @Test
    void onlyTheCommandPostsSeeSchedulesAndOnlyAdministratorsChangeThem() {
        for (String post : List.of("admin", "leader", "supervisor")) {
            assertThat(api.get(api.token(post), NANAO).status()).as(post).isEqualTo(200);
        }
        for (String post : List.of("dispatcher", "inspector", "handler-gas")) {
            assertThat(api.get(api.token(post), NANAO).status()).as(post).isEqualTo(403);
        }
        assertThat(api.put(api.token("leader"), NANAO, schedule(true, null)).status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/teams/no-such-team/shifts").status()).isEqualTo(404);
    }

    private static Map<String, Object> schedule(boolean workingDaysOnly, Integer version, Map<?, ?>... periods) {
        Map<String, Object> body = new HashMap<>();
        body.put("workingDaysOnly", workingDaysOnly);
        body.put("periods", List.of(periods));
        body.put("version", version);
        return body;
    }

    private static Map<String, String> period(String weekday, String start, String end) {
        return Map.of("weekday", weekday, "start", start, "end", end);
    }
}
