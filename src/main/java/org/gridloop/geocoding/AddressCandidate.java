package org.gridloop.geocoding;

import org.gridloop.grid.GridCode;

/**
 * A gazetteer entry matching an address query.
 *
 * @param address the full address, such as 深圳市龙岗区平湖街道平湖大街88号, or the full name of
 *        a point of interest
 * @param score how well it matches; only comparable within one query
 * @param grid the unit grid the entry lies in
 */
public record AddressCandidate(String address, double latitude, double longitude, double score, GridCode grid) {
}
