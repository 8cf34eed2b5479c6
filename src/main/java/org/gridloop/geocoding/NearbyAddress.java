package org.gridloop.geocoding;

import org.gridloop.grid.GridCode;

/**
 * The gazetteer entry nearest to a point.
 *
 * @param label the short form a caller would say: road and doorplate (平湖大街88号) or the name of
 *        the point of interest
 * @param address the full address of the entry
 * @param distanceMeters the distance from the point to the entry
 * @param grid the unit grid the entry lies in
 */
public record NearbyAddress(String label, String address, double distanceMeters, GridCode grid) {
}
