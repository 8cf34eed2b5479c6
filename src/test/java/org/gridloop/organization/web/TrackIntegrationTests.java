package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.SyntheticTracks.every30s;
import static org.gridloop.organization.web.SyntheticTracks.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
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

/** An inspector's day over real HTTP: the track in time order and the reports filed along it. */
@HttpIntegrationTest
class TrackIntegrationTests {

    private static final String INSPECTOR = "i010-001";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

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

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clock.stopAt(DAY.atTime(10, 0).atZone(SyntheticTracks.ZONE).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDaysTrackComesInTimeOrderWithTheReportsFiledThatDay() {
        SyntheticTracks tracks = new SyntheticTracks(directory, lookup, workGrids);
        double[] point = tracks.inside(tracks.unitGridsOf(INSPECTOR).get(0));
        List<Map<String, Object>> samples = new ArrayList<>(every30s(DAY, "09:30", "10:00", point));
        Collections.reverse(samples);
        send(api, INSPECTOR, samples);
        Response report = api.post(api.token(INSPECTOR), "/api/v1/reports", Map.of("kind", "incident",
                "categoryCode", "01001", "lat", point[0], "lon", point[1], "description", "井盖缺失",
                "clientId", "track-1"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);

        Response track = api.get(api.token("dispatcher"), "/api/v1/inspectors/" + INSPECTOR + "/track?date=" + DAY);
        Response filed = api.get(api.token("leader"), "/api/v1/inspectors/" + INSPECTOR + "/reports?date=" + DAY);

        assertThat(track.status()).as(track.body()).isEqualTo(200);
        assertThat(track.json().path("start").asString()).isEqualTo("2026-03-10T00:00+08:00");
        JsonNode points = track.json().path("points");
        assertThat(points.size()).isEqualTo(60);
        assertThat(points.get(0).get(0).asLong()).as("09:30 in seconds of the day").isEqualTo(9 * 3600 + 30 * 60);
        assertThat(points.get(1).get(0).asLong()).isEqualTo(9 * 3600 + 30 * 60 + 30);
        assertThat(points.get(0).get(1).asDouble()).isEqualTo(point[0]);
        assertThat(points.get(0).get(3).asDouble()).isEqualTo(5.0);
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().size()).isEqualTo(1);
        assertThat(filed.json().get(0).path("number").asString()).isEqualTo(report.text("number"));
        assertThat(filed.json().get(0).path("reportedAt").asString()).startsWith("2026-03-10T10:00");
        assertThat(api.get(api.token("leader"), "/api/v1/inspectors/" + INSPECTOR + "/reports?date=2026-03-09")
                .json().size()).isZero();
    }

    @Test
    void onlyTheCommandPostsSeeTracks() {
        String path = "/api/v1/inspectors/" + INSPECTOR + "/track?date=" + DAY;
        for (String post : List.of("dispatcher", "leader", "supervisor", "admin")) {
            assertThat(api.get(api.token(post), path).status()).as(post).isEqualTo(200);
        }
        assertThat(api.get(api.token(INSPECTOR), path).status()).isEqualTo(403);
        assertThat(api.get(api.token("handler-gas"), path).status()).isEqualTo(403);
        assertThat(api.get(api.token("handler-gas"), "/api/v1/inspectors/" + INSPECTOR + "/reports").status())
                .isEqualTo(403);
        assertThat(api.get(api.token("leader"), "/api/v1/inspectors/nobody/track").status()).isEqualTo(404);
        Response badDate = api.get(api.token("leader"), "/api/v1/inspectors/" + INSPECTOR + "/track?date=tuesday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").toString()).contains("\"date\"");
    }
}
