package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridloop.grid.internal.AreaFile.AreaFeature;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks the features of an area file as a whole before anything is written and lists every bad
 * feature: unknown levels, codes not of their level's form, duplicate codes, missing names,
 * duplicate names among siblings, unknown parents, a second or another district than the
 * platform's, missing or invalid geometries, areas reaching outside their parent and siblings
 * overlapping each other. Overhangs and overlaps are tolerated as in {@link GridImportCheck}: up
 * to {@value GridImportCheck#TOLERANCE_SQUARE_METRES} m² or {@value GridImportCheck#TOLERANCE_SHARE}
 * of the (smaller) area, whichever is larger.
 */
final class AreaImportCheck {

    private static final int MAX_NAME = 50;

    private final String platformDistrict;

    /** @param platformDistrict the code of the platform's district, or null before the first import */
    AreaImportCheck(String platformDistrict) {
        this.platformDistrict = platformDistrict;
    }

    /** @return the bad features in file order; empty when the file can be imported */
    List<BadFeature> check(List<AreaFeature> features) {
        List<BadFeature> bad = new ArrayList<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        features.stream().filter(feature -> feature.code() != null)
                .forEach(feature -> positions.computeIfAbsent(feature.code(), code -> new ArrayList<>())
                        .add(feature.index()));
        Map<String, AreaFeature> wellFormed = new LinkedHashMap<>();
        Map<Integer, AreaLevel> levels = new HashMap<>();
        String district = null;
        for (AreaFeature feature : features) {
            Optional<AreaLevel> level = AreaLevel.of(feature.level());
            if (level.isEmpty()) {
                bad.add(new BadFeature(feature.index(), feature.code(), Reason.UNKNOWN_LEVEL,
                        feature.level() == null ? "—" : feature.level()));
            } else if (!level.get().accepts(feature.code())) {
                bad.add(new BadFeature(feature.index(), feature.code(), Reason.MALFORMED_CODE,
                        "AREA_" + level.get().name()));
            } else {
                levels.put(feature.index(), level.get());
                if (positions.get(feature.code()).size() > 1) {
                    bad.add(new BadFeature(feature.index(), feature.code(), Reason.DUPLICATE_CODE,
                            others(positions.get(feature.code()), feature.index())));
                } else {
                    wellFormed.put(feature.code(), feature);
                }
                if (level.get() == AreaLevel.DISTRICT) {
                    if (district != null || (platformDistrict != null && !platformDistrict.equals(feature.code()))) {
                        bad.add(new BadFeature(feature.index(), feature.code(), Reason.OTHER_DISTRICT,
                                platformDistrict != null ? platformDistrict : district));
                    } else {
                        district = feature.code();
                    }
                }
            }
            if (feature.name() == null || feature.name().length() > MAX_NAME) {
                bad.add(new BadFeature(feature.index(), feature.code(), Reason.MISSING_NAME, ""));
            }
        }
        Map<Integer, Geometry> geometries = new LinkedHashMap<>();
        for (AreaFeature feature : features) {
            checkGeometry(feature, bad).ifPresent(geometry -> geometries.put(feature.index(), geometry));
        }
        Map<String, List<AreaFeature>> children = new LinkedHashMap<>();
        for (AreaFeature feature : features) {
            AreaLevel level = levels.get(feature.index());
            if (level == null || level == AreaLevel.DISTRICT) {
                continue;
            }
            String parentCode = level.parentCode(feature.code());
            AreaFeature parent = wellFormed.get(parentCode);
            if (parent == null || levels.get(parent.index()) != level.parent()) {
                bad.add(new BadFeature(feature.index(), feature.code(), Reason.UNKNOWN_PARENT, parentCode));
                continue;
            }
            children.computeIfAbsent(parentCode, code -> new ArrayList<>()).add(feature);
            Geometry own = geometries.get(feature.index());
            Geometry outer = geometries.get(parent.index());
            if (own != null && outer != null) {
                double outside = GridImportCheck.squareMetres(OverlayNGRobust.overlay(own, outer, OverlayNG.DIFFERENCE));
                if (beyondTolerance(outside, GridImportCheck.squareMetres(own))) {
                    bad.add(new BadFeature(feature.index(), feature.code(), Reason.OUTSIDE_PARENT, rounded(outside)));
                }
            }
        }
        children.values().forEach(siblings -> checkSiblings(siblings, geometries, bad));
        bad.sort(Comparator.comparingInt(BadFeature::index).thenComparing(BadFeature::reason));
        return bad;
    }

    private static void checkSiblings(List<AreaFeature> siblings, Map<Integer, Geometry> geometries,
            List<BadFeature> bad) {
        Map<String, List<Integer>> byName = new HashMap<>();
        siblings.stream().filter(feature -> feature.name() != null)
                .forEach(feature -> byName.computeIfAbsent(feature.name(), name -> new ArrayList<>())
                        .add(feature.index()));
        STRtree tree = new STRtree();
        for (AreaFeature feature : siblings) {
            if (feature.name() != null && byName.get(feature.name()).size() > 1) {
                bad.add(new BadFeature(feature.index(), feature.code(), Reason.DUPLICATE_NAME,
                        others(byName.get(feature.name()), feature.index())));
            }
            Geometry geometry = geometries.get(feature.index());
            if (geometry != null) {
                tree.insert(geometry.getEnvelopeInternal(), feature);
            }
        }
        for (AreaFeature feature : siblings) {
            Geometry geometry = geometries.get(feature.index());
            if (geometry == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<AreaFeature> candidates = tree.query(geometry.getEnvelopeInternal());
            for (AreaFeature other : candidates) {
                if (other.index() == feature.index()) {
                    continue;
                }
                Geometry otherGeometry = geometries.get(other.index());
                double overlap = GridImportCheck.squareMetres(
                        OverlayNGRobust.overlay(geometry, otherGeometry, OverlayNG.INTERSECTION));
                double smaller = Math.min(GridImportCheck.squareMetres(geometry),
                        GridImportCheck.squareMetres(otherGeometry));
                if (beyondTolerance(overlap, smaller)) {
                    bad.add(new BadFeature(feature.index(), feature.code(), Reason.OVERLAP,
                            other.code() + " / #" + other.index() + ", " + rounded(overlap)));
                }
            }
        }
    }

    private static Optional<Geometry> checkGeometry(AreaFeature feature, List<BadFeature> bad) {
        if (feature.geometry() == null) {
            bad.add(new BadFeature(feature.index(), feature.code(), feature.geometryReason(), feature.geometryDetail()));
            return Optional.empty();
        }
        TopologyValidationError error = new IsValidOp(feature.geometry()).getValidationError();
        if (error != null) {
            bad.add(new BadFeature(feature.index(), feature.code(), Reason.INVALID_POLYGON,
                    error.getMessage() + " (" + error.getCoordinate().x + " " + error.getCoordinate().y + ")"));
            return Optional.empty();
        }
        if (feature.geometry().getArea() <= 0) {
            bad.add(new BadFeature(feature.index(), feature.code(), Reason.INVALID_POLYGON, "zero area"));
            return Optional.empty();
        }
        return Optional.of(feature.geometry());
    }

    private static String others(List<Integer> positions, int index) {
        return positions.stream().filter(position -> position != index).map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private static boolean beyondTolerance(double squareMetres, double ofArea) {
        return squareMetres > GridImportCheck.TOLERANCE_SQUARE_METRES
                && squareMetres > GridImportCheck.TOLERANCE_SHARE * ofArea;
    }

    private static String rounded(double squareMetres) {
        return java.math.BigDecimal.valueOf(squareMetres).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                + " m²";
    }
}
