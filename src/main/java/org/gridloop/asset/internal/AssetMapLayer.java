package org.gridloop.asset.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.asset.Asset;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.MapZoom;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assets of the command map as a GeoJSON FeatureCollection of points. Below zoom
 * {@value #DETAIL_ZOOM} one feature per occupied cell of a grid aligned to the zoom (cells of
 * {@value MapZoom#CELL_PIXELS} screen pixels of the Web Mercator tiles), placed at the mean position of
 * its assets, with properties {@code {"count": n}}; from zoom {@value #DETAIL_ZOOM} the assets
 * themselves ({@code identifier, classCode, name, status}) unless more than {@value #MAX_ASSETS}
 * are in view, which are clustered like zoom {@value #DETAIL_ZOOM}. A box spanning more than
 * {@value #MAX_CELLS} cells at its zoom is counted at a coarser zoom, so that an answer never holds
 * more features than that, whatever box a client asks for. Counted from the in-memory
 * index, no database access: the cells of a zoom (and class) are counted over the whole
 * register once and kept until the register changes, so a view only picks the occupied cells
 * it overlaps (a cell on the edge of the view counts all its assets).
 */
@Component
public class AssetMapLayer {

    public static final int DETAIL_ZOOM = 17;
    public static final int MAX_ASSETS = 2_000;
    /** The most cells one answer counts in: 64 × 64 cells of 64 pixels cover a 4096-pixel screen. */
    public static final int MAX_CELLS = 4_096;
    private static final int DENSE_CELLS = 1 << 20;

    private final IndexedAssetLocator locator;
    private final JsonMapper json;
    private volatile Counted counted = new Counted(null);

    /** The cells counted for one state of the index, by zoom and class ("" for all classes). */
    private record Counted(AssetIndex index, java.util.concurrent.ConcurrentMap<String, Occupied> cells) {

        Counted(AssetIndex index) {
            this(index, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** The occupied cells of a zoom: coordinates, counts and the sums of the positions. */
    private record Occupied(long[] xs, long[] ys, int[] counts, double[] latitudes, double[] longitudes) {
    }

    AssetMapLayer(IndexedAssetLocator locator, JsonMapper json) {
        this.locator = locator;
        this.json = json;
    }

    /** The layer as GeoJSON text. */
    public String features(BoundingBox box, int zoom, String classCode) {
        if (zoom >= DETAIL_ZOOM) {
            List<Asset> assets = new ArrayList<>();
            boolean[] overflow = {false};
            locator.forEachIn(box, classCode, (latitude, longitude, asset) -> {
                if (assets.size() < MAX_ASSETS) {
                    assets.add(asset);
                } else {
                    overflow[0] = true;
                }
            });
            if (!overflow[0]) {
                return assets(assets);
            }
            int clusterZoom = boundedZoom(box, DETAIL_ZOOM);
            return clusterZoom == DETAIL_ZOOM ? clusters(box, DETAIL_ZOOM, classCode) : counted(box, clusterZoom, classCode);
        }
        return counted(box, boundedZoom(box, zoom), classCode);
    }

    /**
     * The zoom, or a coarser one, at which the box spans at most {@value #MAX_CELLS} cells, so that
     * no request is answered with more clusters than a screen can show however large its box.
     */
    static int boundedZoom(BoundingBox box, int zoom) {
        int bounded = zoom;
        while (bounded > 0 && cellsSpanned(box, bounded) > MAX_CELLS) {
            bounded--;
        }
        return bounded;
    }

    private static double cellsSpanned(BoundingBox box, int zoom) {
        double cellsPerWorld = MapZoom.cellsPerWorld(zoom);
        double columns = Math.floor((box.east() + 180) / 360 * cellsPerWorld)
                - Math.floor((box.west() + 180) / 360 * cellsPerWorld) + 1;
        double rows = Math.floor(AssetIndex.mercatorY(box.south()) * cellsPerWorld)
                - Math.floor(AssetIndex.mercatorY(box.north()) * cellsPerWorld) + 1;
        return columns * rows;
    }

    private String counted(BoundingBox box, int zoom, String classCode) {
        AssetIndex index = locator.snapshot();
        Counted current = counted;
        if (current.index() != index) {
            current = new Counted(index);
            counted = current;
        }
        Occupied cells = current.cells().computeIfAbsent(zoom + ":" + (classCode == null ? "" : classCode),
                key -> count(index, zoom, classCode));
        double cellsPerWorld = MapZoom.cellsPerWorld(zoom);
        long firstX = (long) Math.floor((box.west() + 180) / 360 * cellsPerWorld);
        long lastX = (long) Math.floor((box.east() + 180) / 360 * cellsPerWorld);
        long firstY = (long) Math.floor(AssetIndex.mercatorY(box.north()) * cellsPerWorld);
        long lastY = (long) Math.floor(AssetIndex.mercatorY(box.south()) * cellsPerWorld);
        StringBuilder out = new StringBuilder(4096).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (int c = 0; c < cells.counts().length; c++) {
            if (cells.xs()[c] >= firstX && cells.xs()[c] <= lastX && cells.ys()[c] >= firstY && cells.ys()[c] <= lastY) {
                int count = cells.counts()[c];
                point(out.append(first ? "" : ","), cells.longitudes()[c] / count, cells.latitudes()[c] / count)
                        .append(",\"properties\":{\"count\":").append(count).append("}}");
                first = false;
            }
        }
        return out.append("]}").toString();
    }

    /** Counts the assets of the whole register in the cells of the zoom. */
    private static Occupied count(AssetIndex index, int zoom, String classCode) {
        double cellsPerWorld = MapZoom.cellsPerWorld(zoom);
        Map<Long, double[]> cells = new HashMap<>();
        long width = (long) cellsPerWorld;
        index.forEachPointIn(new BoundingBox(-180, -90, 180, 90), classCode, (latitude, longitude, x, y) -> {
            long cx = Math.min(width - 1, (long) (x * cellsPerWorld));
            long cy = Math.min(width - 1, Math.max(0, (long) (y * cellsPerWorld)));
            double[] cell = cells.computeIfAbsent(cy * width + cx, key -> new double[3]);
            cell[0]++;
            cell[1] += latitude;
            cell[2] += longitude;
        });
        int size = cells.size();
        Occupied occupied = new Occupied(new long[size], new long[size], new int[size], new double[size],
                new double[size]);
        int c = 0;
        for (Map.Entry<Long, double[]> cell : cells.entrySet()) {
            occupied.xs()[c] = cell.getKey() % width;
            occupied.ys()[c] = cell.getKey() / width;
            occupied.counts()[c] = (int) cell.getValue()[0];
            occupied.latitudes()[c] = cell.getValue()[1];
            occupied.longitudes()[c] = cell.getValue()[2];
            c++;
        }
        return occupied;
    }

    private String assets(List<Asset> assets) {
        StringBuilder out = new StringBuilder(128 + assets.size() * 200).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            Map<String, Object> properties = new java.util.LinkedHashMap<>();
            properties.put("identifier", asset.identifier().value());
            properties.put("classCode", asset.classCode());
            properties.put("name", asset.name());
            properties.put("status", asset.status().name());
            point(out.append(i == 0 ? "" : ","), asset.longitude(), asset.latitude())
                    .append(",\"properties\":").append(json.writeValueAsString(properties)).append('}');
        }
        return out.append("]}").toString();
    }

    private String clusters(BoundingBox box, int zoom, String classCode) {
        double cellsPerWorld = MapZoom.cellsPerWorld(zoom);
        long firstX = (long) Math.floor((box.west() + 180) / 360 * cellsPerWorld);
        long lastX = (long) Math.floor((box.east() + 180) / 360 * cellsPerWorld);
        long firstY = (long) Math.floor(AssetIndex.mercatorY(box.north()) * cellsPerWorld);
        long lastY = (long) Math.floor(AssetIndex.mercatorY(box.south()) * cellsPerWorld);
        long width = lastX - firstX + 1;
        long height = lastY - firstY + 1;
        Cells cells = width * height <= DENSE_CELLS ? new DenseCells((int) width, (int) (width * height))
                : new SparseCells(width);
        locator.forEachPointIn(box, classCode, (latitude, longitude, x, y) -> cells.add(
                Math.min(width - 1, (long) (x * cellsPerWorld) - firstX),
                Math.min(height - 1, Math.max(0, (long) (y * cellsPerWorld) - firstY)), latitude, longitude));
        StringBuilder out = new StringBuilder(4096).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean[] first = {true};
        cells.forEach((count, latitudeSum, longitudeSum) -> {
            point(out.append(first[0] ? "" : ","), longitudeSum / count, latitudeSum / count)
                    .append(",\"properties\":{\"count\":").append(count).append("}}");
            first[0] = false;
        });
        return out.append("]}").toString();
    }

    private static StringBuilder point(StringBuilder out, double longitude, double latitude) {
        return out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                .append(Math.round(longitude * 1e7) / 1e7).append(',').append(Math.round(latitude * 1e7) / 1e7)
                .append("]}");
    }

    /** Receives an occupied cell: how many assets, and the sums of their latitudes and longitudes. */
    private interface CellVisitor {
        void visit(int count, double latitudeSum, double longitudeSum);
    }

    private interface Cells {
        void add(long x, long y, double latitude, double longitude);

        void forEach(CellVisitor visitor);
    }

    /** Counts in arrays, for views of up to a million cells. */
    private static final class DenseCells implements Cells {

        private final int width;
        private final int[] counts;
        private final double[] latitudes;
        private final double[] longitudes;

        DenseCells(int width, int size) {
            this.width = width;
            counts = new int[size];
            latitudes = new double[size];
            longitudes = new double[size];
        }

        @Override
        public void add(long x, long y, double latitude, double longitude) {
            int cell = (int) (y * width + x);
            counts[cell]++;
            latitudes[cell] += latitude;
            longitudes[cell] += longitude;
        }

        @Override
        public void forEach(CellVisitor visitor) {
            for (int cell = 0; cell < counts.length; cell++) {
                if (counts[cell] > 0) {
                    visitor.visit(counts[cell], latitudes[cell], longitudes[cell]);
                }
            }
        }
    }

    /** Counts in a hash map, for views of more cells than the dense arrays would hold. */
    private static final class SparseCells implements Cells {

        private final long width;
        private final Map<Long, double[]> cells = new HashMap<>();

        SparseCells(long width) {
            this.width = width;
        }

        @Override
        public void add(long x, long y, double latitude, double longitude) {
            double[] cell = cells.computeIfAbsent(y * width + x, key -> new double[3]);
            cell[0]++;
            cell[1] += latitude;
            cell[2] += longitude;
        }

        @Override
        public void forEach(CellVisitor visitor) {
            cells.values().forEach(cell -> visitor.visit((int) cell[0], cell[1], cell[2]));
        }
    }
}
