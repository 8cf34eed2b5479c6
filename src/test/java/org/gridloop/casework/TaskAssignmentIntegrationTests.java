package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.gridloop.ApiClient;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.gridloop.organization.InspectorTeams;
import org.gridloop.organization.OnDutyInspectors;
import org.gridloop.organization.PositionSample;
import org.gridloop.organization.PositionSamples;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule 6 of task assignment (ADR 0046), on the demo district's teams and their seeded shifts
 * (09:00–12:00, 14:00–18:00 on working days), with samples written through the ingest. Each test
 * works on its own day, so no sample of another test is on duty.
 */
@HttpIntegrationTest
class TaskAssignmentIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TaskInspectors inspectors;

    @Autowired
    OnDutyInspectors onDuty;

    @Autowired
    PositionSamples samples;

    @Autowired
    InspectorTeams teams;

    @Autowired
    WorkGrids workGrids;

    @Autowired
    GridLookup grids;

    @Autowired
    ShiftableClock clock;

    @LocalServerPort
    int port;

    private final Random random = new Random(46);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOnDutyInspectorOfTheWorkGridGetsTheTask() {
        Instant now = at("2026-03-16T10:00:00");
        Spot spot = spotWithInspectors(2);
        String inspector = spot.workGrid().inspectors().get(1);
        sample(inspector, spot, now.minusSeconds(30));
        assertThat(inspectors.choose(facts(spot, Channel.HOTLINE, "operator"), null)).isEqualTo(inspector);
    }

    @Test
    void theReportingInspectorOnDutyInTheWorkGridIsPreferred() {
        Instant now = at("2026-03-17T10:00:00");
        Spot spot = spotWithInspectors(2);
        List<String> grid = spot.workGrid().inspectors();
        sample(grid.get(0), spot, now.minusSeconds(20));
        sample(grid.get(1), spot, now.minusSeconds(20));
        assertThat(inspectors.choose(facts(spot, Channel.INSPECTOR, grid.get(1)), null)).isEqualTo(grid.get(1));
        assertThat(inspectors.choose(facts(spot, Channel.INSPECTOR, grid.get(0)), null)).isEqualTo(grid.get(0));
    }

    @Test
    void aSampleOlderThan120SecondsIsNotOnDuty() {
        Instant now = at("2026-03-18T10:00:00");
        Spot spot = spotWithInspectors(1);
        String inspector = spot.workGrid().inspectors().get(0);
        sample(inspector, spot, now.minusSeconds(121));
        assertThat(onDuty.onDuty(List.of(inspector), now)).isEmpty();
        clock.stopAt(now.minusSeconds(1));
        assertThat(onDuty.onDuty(List.of(inspector), now.minusSeconds(2))).containsExactly(inspector);
    }

    @Test
    void aSampleOutsideTheInspectorsOwnGridsIsNotOnDuty() {
        Instant now = at("2026-03-19T10:00:00");
        Spot spot = spotWithInspectors(1);
        String inspector = spot.workGrid().inspectors().get(0);
        Spot elsewhere = spotNotPatrolledBy(inspector);
        sample(inspector, elsewhere, now.minusSeconds(10));
        assertThat(onDuty.onDuty(List.of(inspector), now)).isEmpty();
    }

    @Test
    void outsideTheShiftNobodyIsOnDutyAndTheTeamsLeadGetsTheTask() {
        Instant now = at("2026-03-20T13:00:00");
        Spot spot = spotWithInspectors(1);
        String inspector = spot.workGrid().inspectors().get(0);
        sample(inspector, spot, now.minusSeconds(10));
        assertThat(onDuty.onDuty(List.of(inspector), now)).isEmpty();
        String lead = teams.members(spot.place().subdistrictCode()).get(0);
        assertThat(onDuty.lead(spot.place().subdistrictCode())).contains(lead);
        assertThat(inspectors.choose(facts(spot, Channel.HOTLINE, "operator"), null)).isEqualTo(lead);
    }

    @Test
    void withNobodyOnDutyAHotlineCaseGoesToTheLeadTheAdministratorChoseNotTheFirstMember() {
        Spot spot = spotWithInspectors(1);
        String subdistrict = spot.place().subdistrictCode();
        List<String> members = teams.members(subdistrict);
        String chosen = members.get(members.size() - 1);
        assertThat(chosen).isNotEqualTo(members.get(0));
        ApiClient api = new ApiClient(port);
        String admin = api.token("admin");
        String team = "/api/v1/teams/team-" + subdistrict;
        String previous = api.get(admin, team).json().path("lead").asString();
        try {
            assertThat(lead(api, admin, team, chosen)).isEqualTo(200);
            Instant now = at("2026-03-25T13:00:00");
            sample(spot.workGrid().inspectors().get(0), spot, now.minusSeconds(10));
            assertThat(onDuty.onDuty(members, now)).isEmpty();
            assertThat(onDuty.lead(subdistrict)).contains(chosen);
            assertThat(inspectors.choose(facts(spot, Channel.HOTLINE, "operator"), null)).isEqualTo(chosen);
        } finally {
            clock.reset();
            assertThat(lead(api, admin, team, previous)).isEqualTo(200);
        }
        assertThat(onDuty.lead(subdistrict)).contains(members.get(0));
    }

    @Test
    void withNobodyOnDutyInTheWorkGridTheNearestOnDutyInspectorOfTheSubdistrictGetsTheTask() {
        Instant now = at("2026-03-23T15:00:00");
        Spot spot = spotWithInspectors(1);
        String subdistrict = spot.place().subdistrictCode();
        List<String> others = teams.members(subdistrict).stream()
                .filter(member -> !spot.workGrid().inspectors().contains(member))
                .filter(member -> !workGrids.assignedTo(member).isEmpty()).limit(2).toList();
        assertThat(others).hasSize(2);
        Spot first = spotPatrolledBy(others.get(0));
        Spot second = spotPatrolledBy(others.get(1));
        sample(others.get(0), first, now.minusSeconds(40));
        sample(others.get(1), second, now.minusSeconds(40));
        String nearer = distance(spot, first) <= distance(spot, second) ? others.get(0) : others.get(1);
        assertThat(inspectors.choose(facts(spot, Channel.HOTLINE, "operator"), null)).isEqualTo(nearer);
    }

    @Test
    void theNamedInspectorWinsOverTheOnDutyOne() {
        Instant now = at("2026-03-24T10:00:00");
        Spot spot = spotWithInspectors(1);
        sample(spot.workGrid().inspectors().get(0), spot, now.minusSeconds(30));
        String named = teams.members(spot.place().subdistrictCode()).stream()
                .filter(member -> !spot.workGrid().inspectors().contains(member)).findFirst().orElseThrow();
        assertThat(inspectors.choose(facts(spot, Channel.HOTLINE, "operator"), named)).isEqualTo(named);
    }

    /** Makes the username the lead of the team over the API, at the team's current version. */
    private static int lead(ApiClient api, String admin, String team, String username) {
        ObjectNode edit = (ObjectNode) api.get(admin, team).json();
        edit.put("lead", username);
        return api.put(admin, team, edit).status();
    }

    private record Spot(double latitude, double longitude, GridPlace place, WorkGrid workGrid) {
    }

    private Instant at(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
        clock.stopAt(instant);
        return instant;
    }

    private void sample(String username, Spot spot, Instant at) {
        assertThat(samples.ingest(username, List.of(new PositionSample(at, spot.latitude(), spot.longitude(), 5.0))).refused()).isEmpty();
    }

    private Spot spotWithInspectors(int count) {
        return spot(workGrid -> workGrid.inspectors().size() >= count
                && workGrid.inspectors().stream().allMatch(teams::isInspector));
    }

    private Spot spotNotPatrolledBy(String inspector) {
        return spot(workGrid -> !workGrid.inspectors().contains(inspector));
    }

    private Spot spotPatrolledBy(String inspector) {
        return spot(workGrid -> workGrid.inspectors().contains(inspector));
    }

    private Spot spot(Predicate<WorkGrid> wanted) {
        for (int i = 0; i < 2_000_000; i++) {
            double lat = 22.55 + random.nextDouble() * 0.30;
            double lon = 114.05 + random.nextDouble() * 0.50;
            Optional<GridPlace> place = grids.locate(lat, lon);
            if (place.isPresent()) {
                Optional<WorkGrid> workGrid = workGrids.containing(place.get().grid());
                if (workGrid.isPresent() && wanted.test(workGrid.get())) {
                    return new Spot(lat, lon, place.get(), workGrid.get());
                }
            }
        }
        throw new AssertionError("no such spot in the demo district");
    }

    private static double distance(Spot a, Spot b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return dLat * dLat + dLon * dLon;
    }

    private static CaseFacts facts(Spot spot, Channel channel, String reporter) {
        return new CaseFacts(null, null, null, null, null, new Location(spot.latitude(), spot.longitude(), 5.0, null),
                spot.place(), null, null, channel, reporter, null, null, List.of(), Instant.EPOCH, false, null);
    }
}
