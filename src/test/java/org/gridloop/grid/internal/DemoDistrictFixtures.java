package org.gridloop.grid.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.GridLayer.CommunityArea;
import org.gridloop.grid.internal.GridLayer.SubdistrictArea;

/** The demo district as generated, and its grids ready for an index, without a database. */
final class DemoDistrictFixtures {

    private static final GridLayer DEMO_DISTRICT = new DemoDistrictGenerator().generate();

    private DemoDistrictFixtures() {
    }

    static GridLayer demoDistrict() {
        return DEMO_DISTRICT;
    }

    static List<IndexedGrid> indexedGrids() {
        Map<String, CommunityArea> communities = DEMO_DISTRICT.communities().stream()
                .collect(Collectors.toMap(CommunityArea::code, Function.identity()));
        Map<String, SubdistrictArea> subdistricts = DEMO_DISTRICT.subdistricts().stream()
                .collect(Collectors.toMap(SubdistrictArea::code, Function.identity()));
        return DEMO_DISTRICT.grids().stream().map(grid -> {
            CommunityArea community = communities.get(grid.communityCode());
            SubdistrictArea subdistrict = subdistricts.get(community.subdistrictCode());
            return new IndexedGrid(new GridPlace(new GridCode(grid.code()), community.code(), community.name(),
                    subdistrict.code(), subdistrict.name()), grid.outline());
        }).toList();
    }
}
