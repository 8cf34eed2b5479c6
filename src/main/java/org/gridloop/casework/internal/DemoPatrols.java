package org.gridloop.casework.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.Subdistrict;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.organization.InspectorTeams;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the demo district's inspectors patrol: positions drawn (with a fixed seed) inside every
 * subdistrict's unit grids, each kept for the inspectors of its work grid, and which inspectors
 * belong to outsourced teams. Read once from the grids, work grids and teams as they are.
 */
final class DemoPatrols {

    /** A position and the unit grid it lies in. */
    record Spot(double latitude, double longitude, GridPlace place) {
    }

    /** An inspector, the team kind it works in, and where it patrols. */
    record Patrol(String inspector, boolean outsourced, List<Spot> spots) {
    }

    /** Positions drawn in each subdistrict. */
    private static final int SPOTS_PER_SUBDISTRICT = 3_000;

    private final List<Patrol> patrols;
    private final List<Spot> spots;

    private DemoPatrols(List<Patrol> patrols, List<Spot> spots) {
        this.patrols = patrols;
        this.spots = spots;
    }

    static DemoPatrols read(GridDirectory directory, GridLookup grids, WorkGrids workGrids, InspectorTeams teams,
            JsonMapper json, long seed) {
        Random random = new Random(seed);
        List<Spot> all = new ArrayList<>();
        List<Patrol> patrols = new ArrayList<>();
        for (Subdistrict subdistrict : directory.subdistricts()) {
            List<Spot> spots = spots(subdistrict, directory, grids, json, random);
            all.addAll(spots);
            Map<String, List<Spot>> byInspector = new LinkedHashMap<>();
            List<String> members = teams.members(subdistrict.code());
            members.forEach(member -> byInspector.put(member, new ArrayList<>()));
            Map<String, List<String>> patrolling = new HashMap<>();
            for (Spot spot : spots) {
                List<String> inspectors = patrolling.computeIfAbsent(spot.place().grid().value(),
                        grid -> workGrids.containing(spot.place().grid()).map(WorkGrid::inspectors).orElse(List.of()));
                inspectors.forEach(inspector -> byInspector.computeIfAbsent(inspector, i -> new ArrayList<>()).add(spot));
            }
            boolean outsourced = teams.outsourced(subdistrict.code());
            byInspector.forEach((inspector, own) -> {
                if (members.contains(inspector) && !spots.isEmpty()) {
                    patrols.add(new Patrol(inspector, outsourced, own.isEmpty() ? spots : own));
                }
            });
        }
        return new DemoPatrols(patrols, all);
    }

    /** Positions inside the subdistrict's unit grids, drawn from its outline's bounding box. */
    private static List<Spot> spots(Subdistrict subdistrict, GridDirectory directory, GridLookup grids,
            JsonMapper json, Random random) {
        Optional<String> outline = directory.subdistrictOutlineGeoJson(subdistrict.code());
        if (outline.isEmpty()) {
            return List.of();
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        extend(box, json.readTree(outline.get()).path("coordinates"));
        List<Spot> spots = new ArrayList<>(SPOTS_PER_SUBDISTRICT);
        for (int attempt = 0; attempt < 50 * SPOTS_PER_SUBDISTRICT && spots.size() < SPOTS_PER_SUBDISTRICT; attempt++) {
            double lon = box[0] + random.nextDouble() * (box[2] - box[0]);
            double lat = box[1] + random.nextDouble() * (box[3] - box[1]);
            lat = Math.round(lat * 1e6) / 1e6;
            lon = Math.round(lon * 1e6) / 1e6;
            Optional<GridPlace> place = grids.locate(lat, lon);
            if (place.isPresent() && subdistrict.code().equals(place.get().subdistrictCode())) {
                spots.add(new Spot(lat, lon, place.get()));
            }
        }
        return spots;
    }

    /** Widens the box (west, south, east, north) by every position of a GeoJSON coordinate array. */
    private static void extend(double[] box, JsonNode coordinates) {
        if (coordinates.isArray() && coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
            double lon = coordinates.get(0).asDouble();
            double lat = coordinates.get(1).asDouble();
            box[0] = Math.min(box[0], lon);
            box[1] = Math.min(box[1], lat);
            box[2] = Math.max(box[2], lon);
            box[3] = Math.max(box[3], lat);
            return;
        }
        coordinates.forEach(inner -> extend(box, inner));
    }

    List<Patrol> patrols() {
        return patrols;
    }

    boolean isEmpty() {
        return patrols.isEmpty() || spots.isEmpty();
    }

    /** Any position of the district, for reports of the public. */
    Spot anySpot(Random random) {
        return spots.get(random.nextInt(spots.size()));
    }
}
