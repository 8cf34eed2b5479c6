package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.DepartmentAdministrationIntegrationTests.fields;
import static org.gridloop.organization.web.SyntheticTracks.every30s;
import static org.gridloop.organization.web.SyntheticTracks.send;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.WorkGrids;
import org.gridloop.organization.internal.AttendanceDays;
import org.gridloop.organization.internal.AttendanceDays.Reckoning;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The kept attendance days over real HTTP: samples posted for a day of 2046, the day reckoned
 * through the API, and the team scorecard's on-duty minutes and rate, per team, per mode and in
 * total; the demo team 011 works office hours (420 minutes on a working day).
 */
@HttpIntegrationTest
class AttendanceDaysIntegrationTests {

    private static final String TEAM = "team-440307011";

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

    @Autowired
    AttendanceDays days;

    ApiClient api;
    SyntheticTracks tracks;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        tracks = new SyntheticTracks(directory, lookup, workGrids);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReckonedDayCountsOnTheTeamScorecardOnceHoweverOftenItIsReckoned() {
        LocalDate day = LocalDate.of(2046, 3, 5);
        String early = "i011-020";
        String late = "i011-021";
        sendOn(day, early, every30s(day, "08:55", "18:05", inside(early)));
        stopAt(day.plusDays(1));
        String admin = api.token("admin");

        JsonNode before = card("2046-03-05");
        assertThat(row(before, TEAM).path("scheduledMinutes").asLong()).as("not reckoned yet").isZero();
        assertThat(row(before, TEAM).path("onDutyRate").isNull()).isTrue();

        Response reckoned = api.post(admin, "/api/v1/attendance/days?from=2046-03-05&to=2046-03-05", null);
        assertThat(reckoned.status()).as(reckoned.body()).isEqualTo(200);
        assertThat(reckoned.json().path("days").asInt()).isEqualTo(1);
        assertThat(reckoned.json().path("inspectorDays").asInt()).as("every inspector of a team that day")
                .isGreaterThan(700);

        Response teamDay = api.get(admin, "/api/v1/teams/" + TEAM + "/attendance?date=2046-03-05");
        long scheduled = teamDay.json().path("total").path("scheduledMinutes").asLong();
        assertThat(scheduled).isEqualTo(420L * teamDay.json().path("members").size());
        JsonNode card = card("2046-03-05");
        JsonNode row = row(card, TEAM);
        assertThat(row.path("scheduledMinutes").asLong()).isEqualTo(scheduled);
        assertThat(row.path("onDutyMinutes").asLong()).isEqualTo(420);
        assertThat(row.path("onDutyRate").asDouble()).isEqualTo(420.0 / scheduled);
        assertRolledUp(card, row.path("mode").asString(), 420);

        sendOn(day, late, every30s(day, "09:00", "12:00", inside(late)));
        stopAt(day.plusDays(2));
        admin = api.token("admin");
        assertThat(row(card("2046-03-05"), TEAM).path("onDutyMinutes").asLong())
                .as("samples synced late count once the day is reckoned again").isEqualTo(420);
        assertThat(api.post(admin, "/api/v1/attendance/days?from=2046-03-05&to=2046-03-06", null).status())
                .isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/attendance/days?from=2046-03-05&to=2046-03-05", null).status())
                .isEqualTo(200);

        JsonNode again = card("2046-03");
        JsonNode teamAgain = row(again, TEAM);
        assertThat(teamAgain.path("scheduledMinutes").asLong()).as("the 5th and the 6th, each once")
                .isEqualTo(2 * scheduled);
        assertThat(teamAgain.path("onDutyMinutes").asLong()).isEqualTo(420 + 180);
        assertThat(teamAgain.path("onDutyRate").asDouble()).isEqualTo(600.0 / (2 * scheduled));
        assertRolledUp(again, teamAgain.path("mode").asString(), 600);

        String csv = new String(api.getBytes(api.token("leader"), "/api/v1/scorecards/teams/export?period=2046-03&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")[0]).contains("排班分钟", "在岗分钟", "在岗率");
        assertThat(csv.lines().filter(line -> line.startsWith(TEAM + ",")).findFirst().orElseThrow())
                .contains("," + 2 * scheduled + ",600,")
                .contains(String.format(Locale.ROOT, "%.1f%%", 60000.0 / (2 * scheduled)));
    }

    @Test
    void theNightlyReckoningKeepsYesterdayAndTheDaysBefore() {
        LocalDate day = LocalDate.of(2046, 4, 10);
        String inspector = "i011-022";
        sendOn(day, inspector, every30s(day, "08:55", "18:05", inside(inspector)));
        stopAt(LocalDate.of(2046, 4, 12));

        Reckoning reckoning = days.reckonRecent();

        assertThat(reckoning.from()).isEqualTo(LocalDate.of(2046, 4, 9));
        assertThat(reckoning.to()).isEqualTo(LocalDate.of(2046, 4, 11));
        assertThat(reckoning.days()).isEqualTo(3);
        assertThat(row(card("2046-04-10"), TEAM).path("onDutyMinutes").asLong()).isEqualTo(420);
        assertThat(row(card("2046-04-12"), TEAM).path("scheduledMinutes").asLong()).as("today is not over")
                .isZero();
    }

    @Test
    void onlyAnAdministratorReckonsAndOnlyDaysThatAreOver() {
        stopAt(LocalDate.of(2046, 6, 10));
        String admin = api.token("admin");
        assertThat(api.post(api.token("leader"), "/api/v1/attendance/days?from=2046-06-01&to=2046-06-01", null)
                .status()).isEqualTo(403);
        assertThat(refused(admin, "from=2046-06-03&to=2046-06-02")).containsExactly("to");
        assertThat(refused(admin, "from=2046-06-09&to=2046-06-10")).as("today is not over").containsExactly("to");
        assertThat(refused(admin, "from=2046-06-09&to=2046-06-11")).containsExactly("to");
        assertThat(refused(admin, "from=2046-05-01&to=2046-06-05")).as("more than 31 days").containsExactly("to");
        assertThat(refused(admin, "from=2045-06-01&to=2045-06-02")).as("samples past the retention")
                .containsExactly("from");
        assertThat(refused(admin, "from=June&to=2046-06-02")).containsExactly("from");
        assertThat(refused(admin, "from=2046-06-02")).containsExactly("to");
    }

    private List<String> refused(String token, String query) {
        Response response = api.post(token, "/api/v1/attendance/days?" + query, null);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return fields(response);
    }

    /** The mode's roll-up and the total sum the rows' minutes; only the test's inspectors were on duty. */
    private static void assertRolledUp(JsonNode card, String mode, long onDuty) {
        long modeScheduled = 0;
        long allScheduled = 0;
        for (JsonNode line : card.path("rows")) {
            allScheduled += line.path("scheduledMinutes").asLong();
            if (line.path("mode").asString().equals(mode)) {
                modeScheduled += line.path("scheduledMinutes").asLong();
            }
        }
        JsonNode rollup = card.path("rollups").valueStream().filter(line -> line.path("mode").asString().equals(mode))
                .findFirst().orElseThrow();
        assertThat(rollup.path("scheduledMinutes").asLong()).isEqualTo(modeScheduled);
        assertThat(rollup.path("onDutyMinutes").asLong()).isEqualTo(onDuty);
        assertThat(rollup.path("onDutyRate").asDouble()).isEqualTo((double) onDuty / modeScheduled);
        JsonNode total = card.path("total");
        assertThat(total.path("scheduledMinutes").asLong()).isEqualTo(allScheduled);
        assertThat(total.path("onDutyMinutes").asLong()).isEqualTo(onDuty);
        assertThat(total.path("onDutyRate").asDouble()).isEqualTo((double) onDuty / allScheduled);
    }

    private double[] inside(String inspector) {
        return tracks.inside(tracks.unitGridsOf(inspector).get(0));
    }

    private void sendOn(LocalDate day, String inspector, List<Map<String, Object>> samples) {
        clock.stopAt(day.atTime(23, 0).atZone(SyntheticTracks.ZONE).toInstant());
        send(api, inspector, samples);
    }

    private void stopAt(LocalDate day) {
        clock.stopAt(day.atTime(9, 0).atZone(SyntheticTracks.ZONE).toInstant());
    }

    private JsonNode card(String period) {
        Response response = api.get(api.token("leader"), "/api/v1/scorecards/teams?period=" + period);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode card, String team) {
        return card.path("rows").valueStream().filter(line -> line.path("team").asString().equals(team)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + team + " in " + card));
    }
}
