package org.gridloop.asset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the register's exchange files: a GeoJSON FeatureCollection of Point
 * features whose properties are the attributes, or CSV with a header row and the position as
 * WKT ({@code POINT (longitude latitude)}) in the column {@code wkt}.
 */
public final class AssetFiles {

    /** The file's format. */
    public enum Format {
        GEOJSON, CSV;

        public static Format parse(String text) {
            String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "geojson", "json" -> GEOJSON;
                case "csv" -> CSV;
                default -> throw DomainException.invalidField("format", "asset.file.format",
                        "The format is geojson or csv");
            };
        }
    }

    /** The assets read, in file order, and the features that could not be read. */
    public record Parsed(List<AssetDraft> drafts, List<AssetProblem> problems) {
    }

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("identifier", "classCode", "name", "departmentCode",
            "ownerUnit", "maintenanceUnit", "gridCode", "status", "surveyDate", "changeDate", "dataSource",
            "remarks", "wkt");

    private AssetFiles() {
    }

    public static Parsed read(Format format, String content, JsonMapper json) {
        return format == Format.GEOJSON ? readGeoJson(content, json) : readCsv(content);
    }

    static Parsed readGeoJson(String content, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw fileRefused("asset.file.json", "The file is not JSON");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(null))
                || !root.path("features").isArray()) {
            throw fileRefused("asset.file.collection", "The file is not a GeoJSON FeatureCollection");
        }
        List<AssetDraft> drafts = new ArrayList<>();
        List<AssetProblem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            Double latitude = null;
            Double longitude = null;
            JsonNode geometry = feature.path("geometry");
            JsonNode coordinates = geometry.path("coordinates");
            String identifier = text(properties, "identifier");
            if (geometry.isMissingNode() || geometry.isNull()) {
                latitude = null;
            } else if (!"Point".equals(geometry.path("type").asString(null)) || coordinates.size() < 2
                    || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
                problems.add(new AssetProblem(index, identifier, "position", "asset.position.not-point",
                        "The geometry is not a Point with longitude and latitude", List.of()));
            } else {
                longitude = coordinates.get(0).asDouble();
                latitude = coordinates.get(1).asDouble();
            }
            drafts.add(new AssetDraft(identifier, text(properties, "classCode"), text(properties, "name"),
                    text(properties, "departmentCode"), text(properties, "ownerUnit"),
                    text(properties, "maintenanceUnit"), text(properties, "gridCode"), text(properties, "status"),
                    latitude, longitude, text(properties, "surveyDate"), text(properties, "changeDate"),
                    text(properties, "dataSource"), text(properties, "remarks")));
            index++;
        }
        return new Parsed(drafts, problems);
    }

    static Parsed readCsv(String content) {
        List<List<String>> records;
        try {
            records = Csv.read(content);
        } catch (Csv.MalformedException e) {
            throw fileRefused("asset.file.csv", "The file is not CSV (line " + e.line + ")", e.line);
        }
        if (records.isEmpty()) {
            throw fileRefused("asset.file.empty", "The file is empty");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : List.of("identifier", "status", "wkt")) {
            if (!header.contains(column)) {
                throw fileRefused("asset.file.column", "The header lacks the column " + column, column);
            }
        }
        WKTReader wkt = new WKTReader();
        List<AssetDraft> drafts = new ArrayList<>();
        List<AssetProblem> problems = new ArrayList<>();
        for (int row = 1; row < records.size(); row++) {
            List<String> fields = records.get(row);
            int index = row - 1;
            String identifier = field(header, fields, "identifier");
            if (fields.size() != header.size()) {
                problems.add(new AssetProblem(index, identifier, "row", "asset.file.field-count",
                        "The row has another number of fields than the header", List.of(fields.size(), header.size())));
            }
            Double latitude = null;
            Double longitude = null;
            String position = field(header, fields, "wkt");
            if (position != null && !position.isBlank()) {
                try {
                    Geometry geometry = wkt.read(position);
                    if (geometry instanceof Point point && !point.isEmpty()) {
                        longitude = point.getX();
                        latitude = point.getY();
                    } else {
                        problems.add(new AssetProblem(index, identifier, "position", "asset.position.not-point",
                                "The geometry is not a Point with longitude and latitude", List.of()));
                    }
                } catch (ParseException e) {
                    problems.add(new AssetProblem(index, identifier, "position", "asset.position.wkt",
                            "The position is not WKT", List.of(position)));
                }
            }
            drafts.add(new AssetDraft(identifier, field(header, fields, "classCode"), field(header, fields, "name"),
                    field(header, fields, "departmentCode"), field(header, fields, "ownerUnit"),
                    field(header, fields, "maintenanceUnit"), field(header, fields, "gridCode"),
                    field(header, fields, "status"), latitude, longitude, field(header, fields, "surveyDate"),
                    field(header, fields, "changeDate"), field(header, fields, "dataSource"),
                    field(header, fields, "remarks")));
        }
        return new Parsed(drafts, problems);
    }

    /** One asset as a GeoJSON Feature. */
    public static void appendFeature(StringBuilder out, AssetFields asset, JsonMapper json) {
        var properties = new java.util.LinkedHashMap<String, Object>();
        properties.put("identifier", asset.identifier());
        properties.put("classCode", asset.classCode());
        properties.put("name", asset.name());
        properties.put("departmentCode", asset.departmentCode());
        properties.put("ownerUnit", asset.ownerUnit());
        properties.put("maintenanceUnit", asset.maintenanceUnit());
        properties.put("gridCode", asset.gridCode());
        properties.put("status", asset.status().name());
        properties.put("surveyDate", asset.surveyDate() == null ? null : asset.surveyDate().toString());
        properties.put("changeDate", asset.changeDate() == null ? null : asset.changeDate().toString());
        properties.put("dataSource", asset.dataSource());
        properties.put("remarks", asset.remarks());
        out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                .append(asset.longitude()).append(',').append(asset.latitude()).append("]},\"properties\":")
                .append(json.writeValueAsString(properties)).append('}');
    }

    /** One asset as a CSV row (with its line break). */
    public static void appendRow(StringBuilder out, AssetFields asset) {
        Csv.appendField(out, asset.identifier()).append(',');
        Csv.appendField(out, asset.classCode()).append(',');
        Csv.appendField(out, asset.name()).append(',');
        Csv.appendField(out, asset.departmentCode()).append(',');
        Csv.appendField(out, asset.ownerUnit()).append(',');
        Csv.appendField(out, asset.maintenanceUnit()).append(',');
        Csv.appendField(out, asset.gridCode()).append(',');
        Csv.appendField(out, asset.status().name()).append(',');
        Csv.appendField(out, asset.surveyDate() == null ? null : asset.surveyDate().toString()).append(',');
        Csv.appendField(out, asset.changeDate() == null ? null : asset.changeDate().toString()).append(',');
        Csv.appendField(out, asset.dataSource()).append(',');
        Csv.appendField(out, asset.remarks()).append(',');
        out.append("POINT (").append(asset.longitude()).append(' ').append(asset.latitude()).append(")\n");
    }

    public static String csvHeader() {
        return String.join(",", COLUMNS) + "\n";
    }

    private static String field(List<String> header, List<String> fields, String column) {
        int position = header.indexOf(column);
        return position < 0 || position >= fields.size() || fields.get(position).isEmpty() ? null
                : fields.get(position);
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static DomainException fileRefused(String code, String message, Object... arguments) {
        return new DomainException(DomainException.Kind.INVALID, code, message, arguments);
    }
}
