package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.DepartmentAdministrationIntegrationTests.fields;
import static org.gridloop.organization.web.SyntheticTracks.every30s;
import static org.gridloop.organization.web.SyntheticTracks.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * On-duty rate (在岗率) and patrol coverage over real HTTP, from synthetic tracks with known
 * answers, on the demo team's office hours (09:00–12:00, 14:00–18:00 on working days: 420 minutes)
 * and the real working calendar.
 */
@HttpIntegrationTest
class AttendanceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridDirectory directory;

    @Autowired
    GridLookup lookup;

    @Autowired
    WorkGrids workGrids;

    ApiClient api;
    SyntheticTracks tracks;
    String leader;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        tracks = new SyntheticTracks(directory, lookup, workGrids);
        leader = api.token("leader");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWholeShiftInsideTheWorkGridsIsAllOnDuty() {
        String inspector = "i011-001";
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<GridCode> own = tracks.unitGridsOf(inspector);
        sendOn(day, inspector, every30s(day, "08:55", "18:05", tracks.inside(own.get(0))));

        JsonNode attendance = attendance(inspector, day);

        assertThat(attendance.propertyNames()).containsExactlyInAnyOrder("username", "date", "scheduledMinutes",
                "onDutyMinutes", "onDutyRate", "unitGrids", "coveredUnitGrids", "coverage");
        assertThat(attendance.path("username").asString()).isEqualTo(inspector);
        assertThat(attendance.path("date").asString()).isEqualTo("2026-03-02");
        assertThat(attendance.path("scheduledMinutes").asInt()).isEqualTo(420);
        assertThat(attendance.path("onDutyMinutes").asInt()).isEqualTo(420);
        assertThat(attendance.path("onDutyRate").asDouble()).isEqualTo(1.0);
        assertThat(attendance.path("unitGrids").asInt()).isEqualTo(own.size());
        assertThat(attendance.path("coveredUnitGrids").asInt()).isEqualTo(1);
        assertThat(attendance.path("coverage").asDouble()).isEqualTo(1.0 / own.size());
    }

    @Test
    void minutesOutsideTheWorkGridsAreNotOnDuty() {
        String inspector = "i011-002";
        LocalDate day = LocalDate.of(2026, 3, 3);
        List<Map<String, Object>> samples = new ArrayList<>(every30s(day, "09:00", "12:00", tracks.outside(inspector)));
        samples.addAll(every30s(day, "14:00", "18:00", tracks.inside(tracks.unitGridsOf(inspector).get(0))));
        sendOn(day, inspector, samples);

        JsonNode attendance = attendance(inspector, day);

        assertThat(attendance.path("onDutyMinutes").asInt()).isEqualTo(240);
        assertThat(attendance.path("onDutyRate").asDouble()).isEqualTo(240.0 / 420);
        assertThat(attendance.path("coveredUnitGrids").asInt()).as("the foreign grid covers nothing").isEqualTo(1);
    }

    @Test
    void aSampleCountsForTwoMinutesAfterItAndNoLonger() {
        String inspector = "i011-003";
        LocalDate day = LocalDate.of(2026, 3, 4);
        double[] point = tracks.inside(tracks.unitGridsOf(inspector).get(0));
        List<Map<String, Object>> samples = new ArrayList<>(every30s(day, "09:00", "09:30:30", point));
        samples.addAll(every30s(day, "09:40", "12:00", point));
        sendOn(day, inspector, samples);

        JsonNode attendance = attendance(inspector, day);

        assertThat(attendance.path("onDutyMinutes").asInt())
                .as("09:30, 09:31 and 09:32 still count on the 09:30:00 sample; 09:33 to 09:39 do not; no afternoon")
                .isEqualTo(180 - 7);
    }

    @Test
    void theBreakBetweenPeriodsIsNotScheduled() {
        String inspector = "i011-004";
        LocalDate day = LocalDate.of(2026, 3, 5);
        sendOn(day, inspector, every30s(day, "12:00", "14:00", tracks.inside(tracks.unitGridsOf(inspector).get(0))));

        JsonNode attendance = attendance(inspector, day);

        assertThat(attendance.path("scheduledMinutes").asInt()).isEqualTo(420);
        assertThat(attendance.path("onDutyMinutes").asInt())
                .as("only 14:00 and 14:01, on the 13:59:30 sample; 11:59 has no sample before it").isEqualTo(2);
    }

    @Test
    void aHolidayHasNothingScheduledAndAMakeUpSaturdayWorksMondaysHours() {
        String inspector = "i011-005";
        double[] point = tracks.inside(tracks.unitGridsOf(inspector).get(0));
        LocalDate qingming = LocalDate.of(2026, 4, 6);
        LocalDate makeUp = LocalDate.of(2026, 5, 9);
        sendOn(qingming, inspector, every30s(qingming, "08:55", "18:05", point));
        sendOn(makeUp, inspector, every30s(makeUp, "08:55", "18:05", point));

        JsonNode holiday = attendance(inspector, qingming);
        JsonNode saturday = attendance(inspector, makeUp);

        assertThat(holiday.path("scheduledMinutes").asInt()).as("清明节, a Monday").isZero();
        assertThat(holiday.path("onDutyMinutes").asInt()).isZero();
        assertThat(holiday.path("onDutyRate").isNull()).isTrue();
        assertThat(holiday.path("coveredUnitGrids").asInt()).isEqualTo(1);
        assertThat(saturday.path("scheduledMinutes").asInt()).as("劳动节调休上班").isEqualTo(420);
        assertThat(saturday.path("onDutyMinutes").asInt()).isEqualTo(420);
    }

    @Test
    void coverageCountsTheOwnUnitGridsVisited() {
        String inspector = "i011-006";
        LocalDate day = LocalDate.of(2026, 3, 6);
        List<GridCode> own = tracks.unitGridsOf(inspector);
        assertThat(own).hasSizeGreaterThanOrEqualTo(2);
        List<Map<String, Object>> samples = new ArrayList<>(every30s(day, "09:00", "10:00", tracks.inside(own.get(0))));
        samples.addAll(every30s(day, "10:00", "11:00", tracks.inside(own.get(1))));
        samples.addAll(every30s(day, "11:00", "12:00", tracks.outside(inspector)));
        sendOn(day, inspector, samples);

        JsonNode attendance = attendance(inspector, day);

        assertThat(attendance.path("coveredUnitGrids").asInt()).isEqualTo(2);
        assertThat(attendance.path("coverage").asDouble()).isEqualTo(2.0 / own.size());
        assertThat(attendance.path("onDutyMinutes").asInt()).isEqualTo(120);
    }

    @Test
    void aTeamsDayListsEveryMemberWithTotalsAndItsMonthSumsTheDays() {
        String inspector = "i011-007";
        LocalDate day = LocalDate.of(2026, 3, 9);
        sendOn(day, inspector, every30s(day, "08:55", "18:05", tracks.inside(tracks.unitGridsOf(inspector).get(0))));

        Response teamDay = api.get(leader, "/api/v1/teams/team-440307011/attendance?date=2026-03-09");
        Response teamMonth = api.get(api.token("supervisor"), "/api/v1/teams/team-440307011/attendance?month=2026-03");

        assertThat(teamDay.status()).as(teamDay.body()).isEqualTo(200);
        JsonNode members = teamDay.json().path("members");
        JsonNode mine = row(members, inspector);
        assertThat(mine.path("onDutyMinutes").asInt()).isEqualTo(420);
        assertThat(mine.path("name").asString()).isNotBlank();
        JsonNode total = teamDay.json().path("total");
        assertThat(total.path("scheduledMinutes").asInt()).isEqualTo(420 * members.size());
        assertThat(total.path("onDutyMinutes").asInt()).isEqualTo(420);
        Set<String> teamGrids = new HashSet<>();
        members.forEach(member -> tracks.unitGridsOf(member.path("username").asString())
                .forEach(code -> teamGrids.add(code.value())));
        assertThat(total.path("unitGrids").asInt()).as("each unit grid once").isEqualTo(teamGrids.size());
        assertThat(total.path("coveredUnitGrids").asInt()).isEqualTo(1);

        assertThat(teamMonth.status()).as(teamMonth.body()).isEqualTo(200);
        assertThat(teamMonth.json().path("month").asString()).isEqualTo("2026-03");
        JsonNode monthRow = row(teamMonth.json().path("members"), inspector);
        assertThat(monthRow.path("scheduledDays").asInt()).as("the working days of March 2026").isEqualTo(22);
        assertThat(monthRow.path("scheduledMinutes").asInt()).isEqualTo(22 * 420);
        assertThat(monthRow.path("onDutyMinutes").asInt()).isEqualTo(420);
        assertThat(monthRow.path("onDutyRate").asDouble()).isEqualTo(420.0 / (22 * 420));
    }

    @Test
    void theCommandPostsAndTheInspectorThemselfSeeAttendanceAndBadInputNamesItsField() {
        String path = "/api/v1/inspectors/i011-008/attendance?date=2026-03-02";
        assertThat(api.get(api.token("i011-008"), path).status()).isEqualTo(200);
        assertThat(api.get(api.token("admin"), path).status()).isEqualTo(200);
        assertThat(api.get(api.token("i011-009"), path).status()).isEqualTo(403);
        assertThat(api.get(api.token("dispatcher"), path).status()).isEqualTo(403);
        assertThat(api.get(api.token("dispatcher"), "/api/v1/teams/team-440307011/attendance").status()).isEqualTo(403);
        assertThat(api.get(leader, "/api/v1/inspectors/nobody/attendance").status()).isEqualTo(404);
        assertThat(api.get(leader, "/api/v1/teams/no-team/attendance?date=2026-03-02").status()).isEqualTo(404);
        Response badDate = api.get(leader, "/api/v1/inspectors/i011-008/attendance?date=2026-13-40");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("date");
        assertThat(fields(api.get(leader, "/api/v1/teams/team-440307011/attendance?month=March"))).containsExactly("month");
        assertThat(fields(api.get(leader, "/api/v1/teams/team-440307011/attendance?month=2026-03&date=2026-03-02")))
                .containsExactly("month");
    }

    private void sendOn(LocalDate day, String inspector, List<Map<String, Object>> samples) {
        clock.stopAt(day.atTime(23, 0).atZone(SyntheticTracks.ZONE).toInstant());
        send(api, inspector, samples);
    }

    private JsonNode attendance(String inspector, LocalDate day) {
        Response response = api.get(leader, "/api/v1/inspectors/" + inspector + "/attendance?date=" + day);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode members, String username) {
        return members.valueStream().filter(member -> member.path("username").asString().equals(username))
                .findFirst().orElseThrow();
    }
}
