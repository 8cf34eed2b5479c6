package org.gridloop.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layers of the command map as GeoJSON FeatureCollections: the subdistricts or communities
 * simplified for the whole city, and the unit grids of the version in effect inside a box,
 * simplified to about one screen pixel at the zoom asked for. Grid features are written once
 * per zoom band (the zoom clamped to {@value #MIN_BAND}–{@value #MAX_BAND}) and kept until
 * the version in effect or the work grids change, so a request only picks the features whose
 * bounding box meets the box and joins their ready text.
 */
@Service
public class MapLayers {

    /** The levels of administrative areas. */
    public enum Level {
        SUBDISTRICT, COMMUNITY
    }

    static final int MIN_BAND = 10;
    static final int MAX_BAND = 18;
    /** Degrees per pixel of a 256-pixel Web Mercator tile at zoom 0, on the equator. */
    private static final double DEGREES_PER_PIXEL_AT_ZOOM_0 = 360.0 / 256;
    /** About 20 m: a pixel or two at the zoom a whole district fills the screen. */
    private static final double AREA_TOLERANCE = 0.0002;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A grid feature ready to send, and the box it covers. */
    private record Feature(Envelope envelope, String json) {
    }

    /** The features of every band of one version and one state of the work grids. */
    private record Bands(Version version, long workGridGeneration, Map<Integer, List<Feature>> byBand) {
    }

    private final SpatialGridLookup lookup;
    private final CachedWorkGrids workGrids;
    private final JdbcClient jdbc;
    private final AtomicLong workGridGeneration = new AtomicLong();
    private final Map<Level, String> areas = new ConcurrentHashMap<>();
    private volatile int areaRevision = -1;
    private volatile Bands bands;

    MapLayers(SpatialGridLookup lookup, CachedWorkGrids workGrids, JdbcClient jdbc) {
        this.lookup = lookup;
        this.workGrids = workGrids;
        this.jdbc = jdbc;
        workGrids.onReload(workGridGeneration::incrementAndGet);
    }

    /**
     * The subdistricts or communities with {@code code} and {@code name}, simplified for the city;
     * written again after a new area revision, on whichever node imported it.
     */
    public String areas(Level level) {
        int revision = jdbc.sql("SELECT coalesce(max(id), 0) FROM grid_area_revision").query(Integer.class).single();
        if (revision != areaRevision) {
            areas.clear();
            areaRevision = revision;
        }
        return areas.computeIfAbsent(level, this::writeAreas);
    }

    /** The zoom band a zoom level is answered from. */
    public static int band(int zoom) {
        return Math.max(MIN_BAND, Math.min(MAX_BAND, zoom));
    }

    /** The unit grids of the version in effect whose outline may meet the box, simplified for the zoom. */
    public String grids(BoundingBox box, int zoom) {
        Envelope wanted = new Envelope(box.west(), box.east(), box.south(), box.north());
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (Feature feature : features(band(zoom))) {
            if (feature.envelope().intersects(wanted)) {
                json.append(first ? "" : ",").append(feature.json());
                first = false;
            }
        }
        return json.append("]}").toString();
    }

    private List<Feature> features(int band) {
        Version version = lookup.inEffect().orElse(null);
        if (version == null) {
            return List.of();
        }
        long generation = workGridGeneration.get();
        Bands current = bands;
        if (current == null || current.version() != version || current.workGridGeneration() != generation) {
            current = new Bands(version, generation, new ConcurrentHashMap<>());
            bands = current;
        }
        return current.byBand().computeIfAbsent(band, zoom -> writeGrids(version, zoom));
    }

    private List<Feature> writeGrids(Version version, int band) {
        double tolerance = DEGREES_PER_PIXEL_AT_ZOOM_0 / (1L << band);
        int decimals = decimals(tolerance);
        List<Feature> features = new ArrayList<>(version.grids().size());
        for (IndexedGrid grid : version.grids().values()) {
            GridPlace place = grid.place();
            String workGrid = workGrids.containing(place.grid()).map(WorkGrid::code).orElse(null);
            String json = "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + place.grid().value()
                    + "\",\"communityCode\":\"" + place.communityCode()
                    + "\",\"communityName\":" + JSON.writeValueAsString(place.communityName())
                    + ",\"subdistrictName\":" + JSON.writeValueAsString(place.subdistrictName())
                    + ",\"workGrid\":" + JSON.writeValueAsString(workGrid)
                    + "},\"geometry\":" + geometry(grid.outline(), tolerance, decimals) + "}";
            features.add(new Feature(grid.outline().getEnvelopeInternal(), json));
        }
        return List.copyOf(features);
    }

    private String writeAreas(Level level) {
        String table = level == Level.SUBDISTRICT ? "grid_subdistrict" : "grid_community";
        int decimals = decimals(AREA_TOLERANCE);
        List<String> features = jdbc.sql("SELECT code, name, outline FROM " + table + " ORDER BY code")
                .query((rs, row) -> "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + rs.getString("code")
                        + "\",\"name\":" + JSON.writeValueAsString(rs.getString("name")) + "},\"geometry\":"
                        + geometry(WkbPolygons.read(rs.getBytes("outline")), AREA_TOLERANCE, decimals) + "}")
                .list();
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    /** Enough decimals to keep a tenth of the tolerance, at least 5 (about 1 m) and at most 7. */
    static int decimals(double tolerance) {
        return Math.max(5, Math.min(7, (int) Math.ceil(-Math.log10(tolerance)) + 1));
    }

    /** The polygon simplified within the tolerance, as a GeoJSON Polygon with rounded coordinates. */
    static String geometry(Polygon outline, double tolerance, int decimals) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(outline, tolerance);
        Polygon polygon = simplified instanceof Polygon simple && !simple.isEmpty() ? simple : outline;
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        ring(json, polygon.getExteriorRing(), decimals);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            ring(json, polygon.getInteriorRingN(i), decimals);
        }
        return json.append("]}").toString();
    }

    private static void ring(StringBuilder json, LineString ring, int decimals) {
        json.append('[');
        Coordinate previous = null;
        boolean first = true;
        for (Coordinate coordinate : ring.getCoordinates()) {
            String x = round(coordinate.x, decimals);
            String y = round(coordinate.y, decimals);
            Coordinate rounded = new Coordinate(Double.parseDouble(x), Double.parseDouble(y));
            if (previous != null && previous.equals2D(rounded)) {
                continue;
            }
            json.append(first ? "[" : ",[").append(x).append(',').append(y).append(']');
            previous = rounded;
            first = false;
        }
        json.append(']');
    }

    private static String round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
