package org.gridloop.grid.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * An administrative area (行政区划) of one revision: the district, a subdistrict or a community,
 * with its WGS-84 outline (a Polygon or MultiPolygon, x = longitude).
 *
 * @param parentCode the code of the enclosing area; null for the district
 */
public record Area(String code, AreaLevel level, String parentCode, String name, Geometry outline) {
}
