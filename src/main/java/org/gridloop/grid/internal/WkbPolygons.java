package org.gridloop.grid.internal;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Converts outlines between JTS polygons and the WKB stored in the grid tables. */
final class WkbPolygons {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private WkbPolygons() {
    }

    static byte[] write(Polygon polygon) {
        return new WKBWriter().write(polygon);
    }

    static Polygon read(byte[] wkb) {
        try {
            Geometry geometry = new WKBReader(WGS84).read(wkb);
            if (geometry instanceof Polygon polygon) {
                return polygon;
            }
            throw new IllegalStateException("A stored outline is not a polygon but a " + geometry.getGeometryType());
        } catch (ParseException e) {
            throw new IllegalStateException("A stored outline is not valid WKB", e);
        }
    }
}
