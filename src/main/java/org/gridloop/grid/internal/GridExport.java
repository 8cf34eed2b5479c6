package org.gridloop.grid.internal;

import java.util.Map;

import org.gridloop.CsvLines;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the unit grids of a version as files the import reads back: a GeoJSON
 * FeatureCollection (RFC 7946; properties {@code code}, {@code communityCode}, {@code name};
 * coordinates with seven decimals) or CSV ({@code code,community_code,name,wkt}, the outline as
 * WKT at full precision). Grids are in code order.
 */
final class GridExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GridExport() {
    }

    static String geoJson(Version version, Map<String, String> names) {
        StringBuilder json = new StringBuilder(version.grids().size() * 600)
                .append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (IndexedGrid grid : version.grids().values()) {
            String code = grid.place().grid().value();
            json.append(first ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(code)
                    .append("\",\"communityCode\":\"").append(grid.place().communityCode())
                    .append("\",\"name\":").append(JSON.writeValueAsString(names.get(code)))
                    .append("},\"geometry\":").append(GeoJsonPolygons.toGeoJson(grid.outline())).append('}');
            first = false;
        }
        return json.append("]}").toString();
    }

    static String csv(Version version, Map<String, String> names) {
        WKTWriter wkt = new WKTWriter();
        StringBuilder csv = new StringBuilder(version.grids().size() * 600).append("code,community_code,name,wkt\r\n");
        for (IndexedGrid grid : version.grids().values()) {
            String code = grid.place().grid().value();
            csv.append(code).append(',').append(grid.place().communityCode()).append(',')
                    .append(CsvLines.field(names.get(code))).append(',')
                    .append(CsvLines.field(wkt.write(grid.outline()))).append("\r\n");
        }
        return csv.toString();
    }
}
