package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonPolygonsTests {

    @Test
    void writesLongitudeBeforeLatitudeWithSevenDecimals() throws ParseException {
        Polygon polygon = (Polygon) new WKTReader().read(
                "POLYGON ((114.1 22.6, 114.2 22.6, 114.2 22.7, 114.123456789 22.7, 114.1 22.6))");

        assertThat(GeoJsonPolygons.toGeoJson(polygon)).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[114.1,22.6],[114.2,22.6],[114.2,22.7],[114.1234568,22.7],[114.1,22.6]]]}");
    }

    @Test
    void writesHolesAfterTheOuterRing() throws ParseException {
        Polygon polygon = (Polygon) new WKTReader().read(
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2))");

        assertThat(GeoJsonPolygons.toGeoJson(polygon)).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[2,2]]]}");
    }
}
