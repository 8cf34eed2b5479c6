package org.gridloop.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a polygon as a GeoJSON Polygon geometry (a multipolygon as a MultiPolygon) (RFC 7946): longitude before latitude, seven
 * decimals (about 1 cm), the outer ring first and then any holes.
 */
final class GeoJsonPolygons {

    private static final int DECIMALS = 7;

    private GeoJsonPolygons() {
    }

    /** A Polygon or MultiPolygon as its GeoJSON geometry. */
    static String toGeoJson(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return toGeoJson(polygon);
        }
        StringBuilder json = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            String part = toGeoJson((Polygon) geometry.getGeometryN(i));
            json.append(i == 0 ? "" : ",").append(part, part.indexOf("\"coordinates\":") + 14, part.length() - 1);
        }
        return json.append("]}").toString();
    }

    static String toGeoJson(Polygon polygon) {
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        appendRing(json, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            appendRing(json, polygon.getInteriorRingN(i));
        }
        return json.append("]}").toString();
    }

    private static void appendRing(StringBuilder json, LineString ring) {
        json.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            json.append(i == 0 ? "[" : ",[")
                    .append(decimal(coordinates[i].x)).append(',')
                    .append(decimal(coordinates[i].y)).append(']');
        }
        json.append(']');
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
