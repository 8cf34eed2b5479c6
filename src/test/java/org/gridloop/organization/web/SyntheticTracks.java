package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrids;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Synthetic tracks of the demo inspectors: points inside the unit grids of their work grids or
 * outside them, sampled every 30 s over a span of a day, sent through the JSON endpoint.
 */
final class SyntheticTracks {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GridDirectory directory;
    private final GridLookup lookup;
    private final WorkGrids workGrids;

    SyntheticTracks(GridDirectory directory, GridLookup lookup, WorkGrids workGrids) {
        this.directory = directory;
        this.lookup = lookup;
        this.workGrids = workGrids;
    }

    /** The unit grids of the inspector's work grids, in code order. */
    List<GridCode> unitGridsOf(String inspector) {
        return workGrids.assignedTo(inspector).stream().flatMap(work -> work.unitGrids().stream()).sorted(
                Comparator.comparing(GridCode::value)).toList();
    }

    /** A point (lat, lon) inside the unit grid, checked against the grid lookup. */
    double[] inside(GridCode grid) {
        JsonNode ring = JSON.readTree(directory.outlineGeoJson(grid).orElseThrow()).path("coordinates").path(0);
        double lon = 0;
        double lat = 0;
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
            lon += ring.get(i).get(0).asDouble();
            lat += ring.get(i).get(1).asDouble();
        }
        double[] point = {lat / n, lon / n};
        assertThat(lookup.locate(point[0], point[1]).map(GridPlace::grid)).as("a point inside " + grid).contains(grid);
        return point;
    }

    /** A point inside a unit grid of another subdistrict's inspector, outside all of the inspector's. */
    double[] outside(String inspector) {
        String stranger = inspector.startsWith("i013-") ? "i001-001" : "i013-001";
        GridCode foreign = unitGridsOf(stranger).get(0);
        assertThat(unitGridsOf(inspector)).doesNotContain(foreign);
        return inside(foreign);
    }

    /** Samples every 30 s at the point from {@code from} (inclusive) to {@code to} (exclusive) of the day. */
    static List<Map<String, Object>> every30s(LocalDate day, String from, String to, double[] point) {
        List<Map<String, Object>> samples = new ArrayList<>();
        OffsetDateTime end = day.atTime(LocalTime.parse(to)).atZone(ZONE).toOffsetDateTime();
        for (OffsetDateTime at = day.atTime(LocalTime.parse(from)).atZone(ZONE).toOffsetDateTime(); at.isBefore(end);
                at = at.plus(Duration.ofSeconds(30))) {
            samples.add(Map.of("at", at.toString(), "lat", point[0], "lon", point[1], "accuracyMeters", 5));
        }
        return samples;
    }

    /** Sends the samples as the inspector and checks that all were accepted. */
    static void send(ApiClient api, String inspector, List<Map<String, Object>> samples) {
        Response answer = api.post(api.token(inspector), "/api/v1/inspectors/positions", Map.of("samples", samples));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).as(answer.body()).isEqualTo(samples.size());
    }
}
