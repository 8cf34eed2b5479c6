package org.gridloop.grid;

/**
 * Where a point falls: its unit grid, community and subdistrict.
 */
public record GridPlace(GridCode grid, String communityCode, String communityName,
        String subdistrictCode, String subdistrictName) {
}
