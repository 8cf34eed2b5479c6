package org.gridloop.grid;

import java.util.List;
import java.util.Optional;

/**
 * The administrative areas and grids of the platform, for pick lists and maps. Outlines are
 * GeoJSON Polygon geometries in WGS-84 (longitude before latitude), ready for a Leaflet
 * {@code L.geoJSON} layer.
 */
public interface GridDirectory {

    /** Subdistricts ordered by code. */
    List<Subdistrict> subdistricts();

    /** The communities of a subdistrict ordered by code; empty for an unknown subdistrict. */
    List<Community> communities(String subdistrictCode);

    /** The versions of the unit grids, oldest effective instant first. */
    List<GridVersion> versions();

    /** The version of the unit grids in effect now (the application clock). */
    GridVersion versionInEffect();

    /** A unit grid of the version in effect with its community and subdistrict; empty when unknown. */
    Optional<GridPlace> grid(GridCode grid);

    /** The outline of a unit grid of the version in effect as a GeoJSON Polygon geometry (longitude, latitude). */
    Optional<String> outlineGeoJson(GridCode grid);

    /** The outline of a community (12-digit code) as a GeoJSON Polygon geometry. */
    Optional<String> communityOutlineGeoJson(String communityCode);

    /** The outline of a subdistrict (9-digit code) as a GeoJSON Polygon geometry. */
    Optional<String> subdistrictOutlineGeoJson(String subdistrictCode);
}
