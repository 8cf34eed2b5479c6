package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.CsvLines;
import org.gridloop.DomainException;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.gridloop.grid.internal.GridFile.Format;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the features of an area file: a GeoJSON FeatureCollection (RFC 7946) whose features have
 * a Polygon or MultiPolygon geometry and the properties {@code level}, {@code code} and
 * {@code name}, or a CSV file with the columns {@code level}, {@code code}, {@code name} and
 * {@code wkt}. A feature whose geometry cannot be read is kept with the reason, so that the check
 * reports it with the others; only a file that is not such a file at all is refused here.
 */
final class AreaFile {

    /** An area as read: its geometry, or why it has none. */
    record AreaFeature(int index, String level, String code, String name, Geometry geometry,
            Reason geometryReason, String geometryDetail) {
    }

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CSV_COLUMNS = List.of("level", "code", "name", "wkt");

    private AreaFile() {
    }

    static List<AreaFeature> read(Format format, String content) {
        List<AreaFeature> features = format == Format.GEOJSON ? readGeoJson(content) : readCsv(content);
        if (features.isEmpty()) {
            throw unreadable("grid.import.empty", "The file has no features");
        }
        return features;
    }

    private static List<AreaFeature> readGeoJson(String content) {
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
        List<AreaFeature> features = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            JsonNode properties = feature.path("properties");
            String level = text(properties.path("level"));
            String code = text(properties.path("code"));
            String name = text(properties.path("name"));
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asString("");
            try {
                Geometry read = switch (type) {
                    case "Polygon" -> polygon(geometry.path("coordinates"));
                    case "MultiPolygon" -> multiPolygon(geometry.path("coordinates"));
                    default -> null;
                };
                features.add(read == null
                        ? new AreaFeature(index, level, code, name, null, Reason.NOT_A_POLYGON,
                                type.isEmpty() ? "none" : type)
                        : new AreaFeature(index, level, code, name, read, null, null));
            } catch (IllegalArgumentException e) {
                features.add(new AreaFeature(index, level, code, name, null, Reason.INVALID_POLYGON, e.getMessage()));
            }
        }
        return features;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString().strip() : null;
    }

    private static MultiPolygon multiPolygon(JsonNode polygons) {
        if (!polygons.isArray() || polygons.isEmpty()) {
            throw new IllegalArgumentException("no polygons");
        }
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            parts.add(polygon(polygon));
        }
        return WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
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

    private static List<AreaFeature> readCsv(String content) {
        List<List<String>> rows = CsvLines.parse(content);
        if (rows.isEmpty()) {
            throw unreadable("grid.import.empty", "The file has no features");
        }
        List<String> header = rows.get(0).stream().map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> at = new HashMap<>();
        for (String column : CSV_COLUMNS) {
            int position = header.indexOf(column);
            if (position < 0) {
                throw unreadable("grid.area.csv-header", "The CSV header needs the columns level, code, name, wkt");
            }
            at.put(column, position);
        }
        List<AreaFeature> features = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            features.add(feature(r, cell(row, at.get("level")), cell(row, at.get("code")), cell(row, at.get("name")),
                    cell(row, at.get("wkt"))));
        }
        return features;
    }

    private static AreaFeature feature(int index, String level, String code, String name, String wkt) {
        if (wkt == null) {
            return new AreaFeature(index, level, code, name, null, Reason.NOT_A_POLYGON, "none");
        }
        try {
            Geometry geometry = new WKTReader(WGS84).read(wkt);
            if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
                return new AreaFeature(index, level, code, name, null, Reason.NOT_A_POLYGON,
                        geometry.getGeometryType());
            }
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                ring(((Polygon) geometry.getGeometryN(i)).getExteriorRing().getCoordinates());
            }
            return new AreaFeature(index, level, code, name, geometry, null, null);
        } catch (ParseException | IllegalArgumentException e) {
            return new AreaFeature(index, level, code, name, null, Reason.INVALID_POLYGON, e.getMessage());
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
