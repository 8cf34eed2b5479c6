package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.CsvLines;
import org.gridloop.DomainException;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the features of a grid file: a GeoJSON FeatureCollection (RFC 7946) whose features have
 * a Polygon geometry and the properties {@code code}, {@code communityCode} and {@code name}, or
 * a CSV file with the columns {@code code}, {@code community_code}, {@code name} and {@code wkt}
 * (the outline as WKT, longitude before latitude). A feature whose geometry cannot be read is
 * kept with the reason, so that the check can report it with the others; only a file that is
 * not such a file at all is refused here.
 */
final class GridFile {

    /** The formats of grid files. */
    enum Format {
        GEOJSON, CSV;

        /** The format named ({@code geojson}, {@code csv}, any case), or guessed from the content when blank. */
        static Format of(String name, String content) {
            if (name == null || name.isBlank()) {
                return content.stripLeading().startsWith("{") ? GEOJSON : CSV;
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "geojson", "json" -> GEOJSON;
                case "csv" -> CSV;
                default -> throw DomainException.invalidField("format", "grid.import.format",
                        "The format is geojson or csv");
            };
        }
    }

    /** A feature as read: its geometry, or why it has none. */
    record Feature(int index, String code, String communityCode, String name, Geometry geometry,
            Reason geometryReason, String geometryDetail) {
    }

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CSV_COLUMNS = List.of("code", "community_code", "name", "wkt");

    private GridFile() {
    }

    static List<Feature> read(Format format, String content) {
        List<Feature> features = format == Format.GEOJSON ? readGeoJson(content) : readCsv(content);
        if (features.isEmpty()) {
            throw unreadable("grid.import.empty", "The file has no features");
        }
        return features;
    }

    private static List<Feature> readGeoJson(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw unreadable("grid.import.not-json", "The file is not JSON");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(null))
                || !root.path("features").isArray()) {
            throw unreadable("grid.import.not-feature-collection", "The file is not a GeoJSON FeatureCollection");
        }
        List<Feature> features = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            JsonNode properties = feature.path("properties");
            String code = text(properties.path("code"));
            String community = text(properties.path("communityCode"));
            String name = text(properties.path("name"));
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asString("");
            if (!"Polygon".equals(type)) {
                features.add(new Feature(index, code, community, name, null, Reason.NOT_A_POLYGON,
                        type.isEmpty() ? "none" : type));
                continue;
            }
            try {
                features.add(new Feature(index, code, community, name, polygon(geometry.path("coordinates")), null, null));
            } catch (IllegalArgumentException e) {
                features.add(new Feature(index, code, community, name, null, Reason.INVALID_POLYGON, e.getMessage()));
            }
        }
        return features;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString().strip() : null;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("no rings");
        }
        List<LinearRing> linearRings = new ArrayList<>();
        for (JsonNode ring : rings) {
            if (!ring.isArray()) {
                throw new IllegalArgumentException("a ring is not an array of positions");
            }
            List<Coordinate> coordinates = new ArrayList<>();
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new IllegalArgumentException("a position is not [longitude, latitude]");
                }
                coordinates.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
            }
            linearRings.add(ring(coordinates.toArray(Coordinate[]::new)));
        }
        return WGS84.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size())
                .toArray(LinearRing[]::new));
    }

    private static LinearRing ring(Coordinate[] coordinates) {
        for (Coordinate coordinate : coordinates) {
            if (!(Math.abs(coordinate.x) <= 180 && Math.abs(coordinate.y) <= 90)) {
                throw new IllegalArgumentException("a position lies outside WGS-84 longitude and latitude: "
                        + coordinate.x + " " + coordinate.y);
            }
        }
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring needs at least 4 positions, the last equal to the first");
        }
        return WGS84.createLinearRing(coordinates);
    }

    private static List<Feature> readCsv(String content) {
        List<List<String>> rows = CsvLines.parse(content);
        if (rows.isEmpty()) {
            throw unreadable("grid.import.empty", "The file has no features");
        }
        List<String> header = rows.get(0).stream().map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> at = new java.util.HashMap<>();
        for (String column : CSV_COLUMNS) {
            int position = header.indexOf(column);
            if (position < 0 && !column.equals("name")) {
                throw unreadable("grid.import.csv-header", "The CSV header needs the columns code, community_code, (name,) wkt");
            }
            at.put(column, position);
        }
        List<Feature> features = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String code = cell(row, at.get("code"));
            String community = cell(row, at.get("community_code"));
            String name = cell(row, at.get("name"));
            String wkt = cell(row, at.get("wkt"));
            features.add(feature(r, code, community, name, wkt));
        }
        return features;
    }

    private static Feature feature(int index, String code, String community, String name, String wkt) {
        if (wkt == null) {
            return new Feature(index, code, community, name, null, Reason.NOT_A_POLYGON, "none");
        }
        try {
            Geometry geometry = new WKTReader(WGS84).read(wkt);
            if (!(geometry instanceof Polygon polygon)) {
                return new Feature(index, code, community, name, null, Reason.NOT_A_POLYGON, geometry.getGeometryType());
            }
            ring(polygon.getExteriorRing().getCoordinates());
            return new Feature(index, code, community, name, polygon, null, null);
        } catch (ParseException | IllegalArgumentException e) {
            return new Feature(index, code, community, name, null, Reason.INVALID_POLYGON, e.getMessage());
        }
    }

    private static String cell(List<String> row, Integer position) {
        if (position == null || position < 0 || position >= row.size()) {
            return null;
        }
        String value = row.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private static DomainException unreadable(String messageCode, String message) {
        return DomainException.invalidField("file", messageCode, message);
    }
}
