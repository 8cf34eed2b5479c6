package org.gridloop.geocoding.internal;

import org.gridloop.grid.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Metres east and north of a reference point, on the plane tangent to the WGS-84 ellipsoid
 * there (equirectangular). Over a district some 60 km across the scale is off by well under a
 * percent, enough to lay out roads and to find the nearest doorplate; distances reported to users
 * are computed on the sphere by {@link GreatCircle#meters}.
 */
final class LocalProjection {

    private final double originLatitude;
    private final double originLongitude;
    private final double metresPerDegreeLatitude;
    private final double metresPerDegreeLongitude;

    LocalProjection(double originLatitude, double originLongitude) {
        this.originLatitude = originLatitude;
        this.originLongitude = originLongitude;
        double phi = Math.toRadians(originLatitude);
        this.metresPerDegreeLatitude = 111_132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
        this.metresPerDegreeLongitude = 111_412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi);
    }

    /** The demo district's projection, centred near Longgang. */
    static LocalProjection district() {
        return new LocalProjection(22.7, 114.3);
    }

    Coordinate toMetres(double latitude, double longitude) {
        return new Coordinate((longitude - originLongitude) * metresPerDegreeLongitude,
                (latitude - originLatitude) * metresPerDegreeLatitude);
    }

    double latitude(Coordinate metres) {
        return originLatitude + metres.y / metresPerDegreeLatitude;
    }

    double longitude(Coordinate metres) {
        return originLongitude + metres.x / metresPerDegreeLongitude;
    }

    /** A WGS-84 polygon (x = longitude, y = latitude) in metres; holes are dropped. */
    Polygon toMetres(Polygon degrees, GeometryFactory factory) {
        Coordinate[] ring = degrees.getExteriorRing().getCoordinates();
        Coordinate[] projected = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            projected[i] = toMetres(ring[i].y, ring[i].x);
        }
        return factory.createPolygon(projected);
    }
}
