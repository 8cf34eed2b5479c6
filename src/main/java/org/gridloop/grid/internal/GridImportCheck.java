package org.gridloop.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.gridloop.grid.internal.GridFile.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks the features of a grid file as a whole before anything is written, and lists every bad
 * feature with its reason: malformed and duplicate codes, codes outside the community given with
 * them, unknown communities, missing, non-polygon or invalid geometries, grids overlapping each
 * other and grids reaching outside their community. Overlaps and overhangs are tolerated up to
 * {@value #TOLERANCE_SQUARE_METRES} m² or {@value #TOLERANCE_SHARE} of the (smaller) grid,
 * whichever is larger, so that outlines rounded by an export still fit. Areas are measured on
 * the ground by scaling degrees at the grid's latitude (equirectangular, well under 1 % off at
 * district scale).
 */
final class GridImportCheck {

    static final double TOLERANCE_SQUARE_METRES = 1.0;
    static final double TOLERANCE_SHARE = 0.001;
    private static final double METRES_PER_DEGREE = 111_320;

    private final Map<String, ? extends Geometry> communities;

    /** @param communities the outlines of the known communities by 12-digit code */
    GridImportCheck(Map<String, ? extends Geometry> communities) {
        this.communities = communities;
    }

    /** @return the bad features in file order, several reasons of one feature each listed; empty when all is well */
    List<BadFeature> check(List<Feature> features) {
        List<BadFeature> bad = new ArrayList<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        features.stream().filter(feature -> feature.code() != null)
                .forEach(feature -> positions.computeIfAbsent(feature.code(), code -> new ArrayList<>())
                        .add(feature.index()));
        Map<Integer, Polygon> polygons = new LinkedHashMap<>();
        Map<Integer, String> communityOf = new HashMap<>();
        for (Feature feature : features) {
            checkCode(feature, positions, bad).ifPresent(community -> communityOf.put(feature.index(), community));
            checkGeometry(feature, bad).ifPresent(polygon -> polygons.put(feature.index(), polygon));
        }
        Map<Integer, Feature> byIndex = features.stream()
                .collect(Collectors.toMap(Feature::index, feature -> feature));
        checkOverlaps(polygons, byIndex, bad);
        for (var entry : polygons.entrySet()) {
            String community = communityOf.get(entry.getKey());
            if (community != null) {
                double outside = squareMetres(OverlayNGRobust.overlay(entry.getValue(), communities.get(community),
                        OverlayNG.DIFFERENCE));
                if (beyondTolerance(outside, squareMetres(entry.getValue()))) {
                    bad.add(new BadFeature(entry.getKey(), byIndex.get(entry.getKey()).code(),
                            Reason.OUTSIDE_COMMUNITY, rounded(outside)));
                }
            }
        }
        bad.sort(Comparator.comparingInt(BadFeature::index).thenComparing(BadFeature::reason));
        return bad;
    }

    /** @return the feature's community when it is known and matches the code */
    private Optional<String> checkCode(Feature feature, Map<String, List<Integer>> positions, List<BadFeature> bad) {
        String code = feature.code();
        Optional<GridCode.Defect> defect = GridCode.defectOf(code);
        if (defect.isPresent()) {
            bad.add(new BadFeature(feature.index(), code, Reason.MALFORMED_CODE, defect.get().name()));
        } else if (positions.get(code).size() > 1) {
            bad.add(new BadFeature(feature.index(), code, Reason.DUPLICATE_CODE, positions.get(code).stream()
                    .filter(index -> index != feature.index()).map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        String community = feature.communityCode();
        if (defect.isEmpty() && community != null && !code.startsWith(community)) {
            bad.add(new BadFeature(feature.index(), code, Reason.COMMUNITY_MISMATCH, community));
            return Optional.empty();
        }
        if (community == null) {
            community = defect.isEmpty() ? new GridCode(code).communityCode() : null;
        }
        if (community == null) {
            return Optional.empty();
        }
        if (!communities.containsKey(community)) {
            bad.add(new BadFeature(feature.index(), code, Reason.UNKNOWN_COMMUNITY, community));
            return Optional.empty();
        }
        return Optional.of(community);
    }

    private static Optional<Polygon> checkGeometry(Feature feature, List<BadFeature> bad) {
        if (feature.geometry() == null) {
            bad.add(new BadFeature(feature.index(), feature.code(), feature.geometryReason(), feature.geometryDetail()));
            return Optional.empty();
        }
        Polygon polygon = (Polygon) feature.geometry();
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            bad.add(new BadFeature(feature.index(), feature.code(), Reason.INVALID_POLYGON,
                    error.getMessage() + " (" + error.getCoordinate().x + " " + error.getCoordinate().y + ")"));
            return Optional.empty();
        }
        if (polygon.getArea() <= 0) {
            bad.add(new BadFeature(feature.index(), feature.code(), Reason.INVALID_POLYGON, "zero area"));
            return Optional.empty();
        }
        return Optional.of(polygon);
    }

    private static void checkOverlaps(Map<Integer, Polygon> polygons, Map<Integer, Feature> features,
            List<BadFeature> bad) {
        STRtree tree = new STRtree();
        polygons.forEach((index, polygon) -> tree.insert(polygon.getEnvelopeInternal(), index));
        for (var entry : polygons.entrySet()) {
            Polygon polygon = entry.getValue();
            @SuppressWarnings("unchecked")
            List<Integer> candidates = tree.query(polygon.getEnvelopeInternal());
            for (int other : candidates) {
                if (other == entry.getKey()) {
                    continue;
                }
                Polygon otherPolygon = polygons.get(other);
                double overlap = squareMetres(OverlayNGRobust.overlay(polygon, otherPolygon, OverlayNG.INTERSECTION));
                double smaller = Math.min(squareMetres(polygon), squareMetres(otherPolygon));
                if (beyondTolerance(overlap, smaller)) {
                    bad.add(new BadFeature(entry.getKey(), features.get(entry.getKey()).code(), Reason.OVERLAP,
                            features.get(other).code() + " / #" + other + ", " + rounded(overlap)));
                }
            }
        }
    }

    private static boolean beyondTolerance(double squareMetres, double ofArea) {
        return squareMetres > TOLERANCE_SQUARE_METRES && squareMetres > TOLERANCE_SHARE * ofArea;
    }

    /** The area of a WGS-84 geometry in square metres. */
    static double squareMetres(Geometry geometry) {
        if (geometry.isEmpty()) {
            return 0;
        }
        double latitude = geometry.getEnvelopeInternal().centre().y;
        return geometry.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude));
    }

    private static String rounded(double squareMetres) {
        return BigDecimal.valueOf(squareMetres).setScale(1, RoundingMode.HALF_UP).toPlainString() + " m²";
    }
}
