package org.gridloop.geocoding.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Metres east and north of a reference point, on the plane tangent to the WGS-84 ellipsoid
 * there (equirectangular). Over a district some 60 km across the scale is off by well under a
 * percent, enough to lay out roads and to find the nearest doorplate; distances reported to users
 * are computed on the sphere by {@link #metresBetween}.
 */
final class LocalProjection {

    private static final double EARTH_RADIUS = 6_371_008.8;

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

    /** The great-circle distance between two WGS-84 points in metres. */
    static double metresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
