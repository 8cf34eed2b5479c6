package org.gridloop.grid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes areas as a GeoJSON FeatureCollection in the form the area import reads. */
final class AreaExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AreaExport() {
    }

    static String geoJson(List<Area> areas) {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("level", area.level().key());
            properties.put("code", area.code());
            properties.put("name", area.name());
            if (area.parentCode() != null) {
                properties.put("parentCode", area.parentCode());
            }
            json.append(i == 0 ? "" : ",").append("\n{\"type\":\"Feature\",\"properties\":")
                    .append(JSON.writeValueAsString(properties))
                    .append(",\"geometry\":").append(GeoJsonPolygons.toGeoJson(area.outline())).append('}');
        }
        return json.append("\n]}\n").toString();
    }
}
