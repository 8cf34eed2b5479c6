package org.gridloop.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Polygon;

/**
 * One complete set of administrative areas and unit grids of a district: its subdistricts, their
 * communities and the communities' unit grids, each with a WGS-84 outline (x = longitude,
 * y = latitude). Every list is ordered by code.
 */
record GridLayer(List<SubdistrictArea> subdistricts, List<CommunityArea> communities,
        List<UnitGridArea> grids) {

    GridLayer {
        subdistricts = List.copyOf(subdistricts);
        communities = List.copyOf(communities);
        grids = List.copyOf(grids);
    }

    /** A subdistrict (街道) with its 9-digit code. */
    record SubdistrictArea(String code, String name, Polygon outline) {
    }

    /** A community (社区) with its 12-digit code. */
    record CommunityArea(String code, String subdistrictCode, String name, Polygon outline) {
    }

    /** A unit grid (单元网格) with its 14- or 15-digit code and an optional name. */
    record UnitGridArea(String code, String communityCode, String name, Polygon outline) {

        UnitGridArea(String code, String communityCode, Polygon outline) {
            this(code, communityCode, null, outline);
        }
    }
}
