package org.gridloop.grid;

/** Distances on the mean-radius sphere, close enough to WGS-84 for metres within a city. */
public final class GreatCircle {

    /** The mean radius of the earth (IUGG), in metres. */
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GreatCircle() {
    }

    /** The great-circle distance between two WGS-84 points in metres (haversine). */
    public static double meters(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
