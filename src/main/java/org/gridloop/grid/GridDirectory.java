package org.gridloop.grid;

import java.util.List;
import java.util.Optional;

/**
 * The administrative areas and grids of the platform, for pick lists and maps.
 */
public interface GridDirectory {

    /** Subdistricts ordered by code. */
    List<Subdistrict> subdistricts();

    /** The outline of a unit grid as a GeoJSON Polygon geometry (longitude, latitude). */
    Optional<String> outlineGeoJson(GridCode grid);
}
