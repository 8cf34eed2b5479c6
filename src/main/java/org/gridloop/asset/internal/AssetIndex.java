package org.gridloop.asset.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetStatus;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.GreatCircle;

/**
 * An immutable in-memory index of the assets in the field (every status but removed): by
 * identifier, and per class a sorted grid of cells of {@value #CELL_DEGREES}° (about 110 m) for
 * the nearest asset and the assets in a rectangle. Safe for concurrent readers; a change makes
 * a new index that shares the classes it does not touch.
 */
public final class AssetIndex {

    /** Receives the assets found in a rectangle. */
    @FunctionalInterface
    public interface Visitor {
        void visit(double latitude, double longitude, Asset asset);
    }

    /** Receives the positions found in a rectangle as Web Mercator coordinates from 0 to 1. */
    @FunctionalInterface
    public interface PointVisitor {
        void visit(double latitude, double longitude, double mercatorX, double mercatorY);
    }

    static final double CELL_DEGREES = 0.001;
    private static final double METERS_PER_DEGREE = 111_320.0;
    private static final AssetIndex EMPTY = new AssetIndex(Map.of(), Map.of());

    private final Map<String, Asset> byIdentifier;
    private final Map<String, ClassCells> byClass;

    private AssetIndex(Map<String, Asset> byIdentifier, Map<String, ClassCells> byClass) {
        this.byIdentifier = byIdentifier;
        this.byClass = byClass;
    }

    /** The index of the assets given; removed assets are left out. */
    public static AssetIndex of(Collection<Asset> assets) {
        if (assets.isEmpty()) {
            return EMPTY;
        }
        Map<String, Asset> byIdentifier = new HashMap<>(assets.size() * 4 / 3 + 1);
        Map<String, List<Asset>> members = new HashMap<>();
        for (Asset asset : assets) {
            if (asset.status() != AssetStatus.REMOVED) {
                byIdentifier.put(asset.identifier().value(), asset);
                members.computeIfAbsent(asset.classCode(), code -> new ArrayList<>()).add(asset);
            }
        }
        Map<String, ClassCells> byClass = new HashMap<>();
        members.forEach((code, list) -> byClass.put(code, new ClassCells(list)));
        return new AssetIndex(byIdentifier, byClass);
    }

    /** A new index with the assets in their new state (removed ones taken out). */
    public AssetIndex with(Collection<Asset> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        Map<String, Asset> identifiers = new HashMap<>(byIdentifier);
        Set<String> classes = new HashSet<>();
        for (Asset asset : changed) {
            classes.add(asset.classCode());
            if (asset.status() == AssetStatus.REMOVED) {
                identifiers.remove(asset.identifier().value());
            } else {
                identifiers.put(asset.identifier().value(), asset);
            }
        }
        Map<String, ClassCells> cells = new HashMap<>(byClass);
        for (String code : classes) {
            List<Asset> members = new ArrayList<>();
            ClassCells old = byClass.get(code);
            Set<String> changedHere = new HashSet<>();
            changed.stream().filter(asset -> asset.classCode().equals(code))
                    .forEach(asset -> changedHere.add(asset.identifier().value()));
            if (old != null) {
                for (Asset asset : old.assets) {
                    if (!changedHere.contains(asset.identifier().value())) {
                        members.add(asset);
                    }
                }
            }
            changed.stream().filter(asset -> asset.classCode().equals(code) && asset.status() != AssetStatus.REMOVED)
                    .forEach(asset -> members.add(identifiers.get(asset.identifier().value())));
            if (members.isEmpty()) {
                cells.remove(code);
            } else {
                cells.put(code, new ClassCells(members));
            }
        }
        return new AssetIndex(identifiers, cells);
    }

    public int size() {
        return byIdentifier.size();
    }

    public Optional<Asset> find(String identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    /** The asset of the class nearest to the point within the distance (great-circle metres). */
    public Optional<Asset> nearest(String classCode, double latitude, double longitude, double withinMeters) {
        ClassCells cells = byClass.get(classCode);
        return cells == null || !(withinMeters >= 0) ? Optional.empty()
                : Optional.ofNullable(cells.nearest(latitude, longitude, withinMeters));
    }

    /** Visits every asset in the rectangle, of one class or (null) of all. */
    public void forEachIn(BoundingBox box, String classCode, Visitor visitor) {
        classes(classCode).forEach(cells -> cells.forEachIn(box, visitor));
    }

    /** Visits the position of every asset in the rectangle, of one class or (null) of all. */
    public void forEachPointIn(BoundingBox box, String classCode, PointVisitor visitor) {
        classes(classCode).forEach(cells -> cells.forEachPointIn(box, visitor));
    }

    /** The cells of one class, or (null) of every class. */
    private Collection<ClassCells> classes(String classCode) {
        if (classCode == null) {
            return byClass.values();
        }
        ClassCells cells = byClass.get(classCode);
        return cells == null ? List.of() : List.of(cells);
    }

    /** The Web Mercator y of a latitude, 0 at the north edge of the map and 1 at the south. */
    public static double mercatorY(double latitude) {
        double clamped = Math.max(-85.05112878, Math.min(85.05112878, latitude));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }


    static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_DEGREES);
    }

    static int column(double longitude) {
        return (int) Math.floor(longitude / CELL_DEGREES);
    }

    static long key(int row, int column) {
        return (row + 100_000L) * 1_000_000L + (column + 200_000L);
    }

    /** The assets of one class, sorted by cell; cell {@code c} holds positions cellStart[c] .. cellStart[c + 1]. */
    private static final class ClassCells {

        private final Asset[] assets;
        private final double[] latitudes;
        private final double[] longitudes;
        private final double[] mercatorYs;
        private final long[] cellKeys;
        private final int[] cellStart;
        private final int firstRow;
        private final int lastRow;

        ClassCells(List<Asset> members) {
            Asset[] sorted = members.toArray(Asset[]::new);
            long[] keys = new long[sorted.length];
            java.util.Arrays.sort(sorted, java.util.Comparator.comparingLong(
                    (Asset asset) -> key(row(asset.latitude()), column(asset.longitude())))
                    .thenComparing(asset -> asset.identifier().value()));
            assets = sorted;
            latitudes = new double[sorted.length];
            longitudes = new double[sorted.length];
            mercatorYs = new double[sorted.length];
            int cells = 0;
            for (int i = 0; i < sorted.length; i++) {
                latitudes[i] = sorted[i].latitude();
                longitudes[i] = sorted[i].longitude();
                mercatorYs[i] = mercatorY(latitudes[i]);
                keys[i] = key(row(latitudes[i]), column(longitudes[i]));
                if (i == 0 || keys[i] != keys[i - 1]) {
                    cells++;
                }
            }
            cellKeys = new long[cells];
            cellStart = new int[cells + 1];
            int c = -1;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    cellKeys[++c] = keys[i];
                    cellStart[c] = i;
                }
            }
            cellStart[cells] = sorted.length;
            firstRow = cells == 0 ? 0 : (int) (cellKeys[0] / 1_000_000L - 100_000L);
            lastRow = cells == 0 ? -1 : (int) (cellKeys[cells - 1] / 1_000_000L - 100_000L);
        }

        Asset nearest(double latitude, double longitude, double withinMeters) {
            double latitudeSpan = withinMeters / METERS_PER_DEGREE;
            double longitudeSpan = withinMeters / (METERS_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(
                    Math.min(89.9, Math.abs(latitude) + latitudeSpan)))));
            int firstColumn = column(longitude - longitudeSpan);
            int lastColumn = column(longitude + longitudeSpan);
            Asset best = null;
            double bestDistance = withinMeters;
            int toRow = Math.min(lastRow, row(latitude + latitudeSpan));
            for (int row = Math.max(firstRow, row(latitude - latitudeSpan)); row <= toRow; row++) {
                long last = key(row, lastColumn);
                for (int c = lowerBound(key(row, firstColumn)); c < cellKeys.length && cellKeys[c] <= last; c++) {
                    for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                        double distance = GreatCircle.meters(latitude, longitude, latitudes[i], longitudes[i]);
                        if (distance <= bestDistance) {
                            best = assets[i];
                            bestDistance = distance;
                        }
                    }
                }
            }
            return best;
        }

        void forEachIn(BoundingBox box, Visitor visitor) {
            int firstColumn = column(box.west());
            int lastColumn = column(box.east());
            int toRow = Math.min(lastRow, row(box.north()));
            for (int row = Math.max(firstRow, row(box.south())); row <= toRow; row++) {
                long last = key(row, lastColumn);
                for (int c = lowerBound(key(row, firstColumn)); c < cellKeys.length && cellKeys[c] <= last; c++) {
                    for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                        if (box.contains(latitudes[i], longitudes[i])) {
                            visitor.visit(latitudes[i], longitudes[i], assets[i]);
                        }
                    }
                }
            }
        }

        void forEachPointIn(BoundingBox box, PointVisitor visitor) {
            int firstColumn = column(box.west());
            int lastColumn = column(box.east());
            int toRow = Math.min(lastRow, row(box.north()));
            for (int row = Math.max(firstRow, row(box.south())); row <= toRow; row++) {
                long last = key(row, lastColumn);
                for (int c = lowerBound(key(row, firstColumn)); c < cellKeys.length && cellKeys[c] <= last; c++) {
                    for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                        if (box.contains(latitudes[i], longitudes[i])) {
                            visitor.visit(latitudes[i], longitudes[i], (longitudes[i] + 180) / 360, mercatorYs[i]);
                        }
                    }
                }
            }
        }

        private int lowerBound(long key) {
            int low = 0;
            int high = cellKeys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cellKeys[middle] < key) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
