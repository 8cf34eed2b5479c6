package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.InspectorRoster;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.WorkGridGrouping.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups the demo district's unit grids into work grids of {@value #UNIT_GRIDS_PER_WORK_GRID}
 * adjacent grids of one community, and assigns each subdistrict's inspectors to its work grids,
 * at first start, after the inspector teams exist. Does nothing once work grids exist.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.WORK_GRIDS)
class DemoWorkGridSeeder implements ApplicationRunner {

    static final int UNIT_GRIDS_PER_WORK_GRID = 5;

    private static final Logger log = LoggerFactory.getLogger(DemoWorkGridSeeder.class);

    private final GridLayers layers;
    private final CachedWorkGrids workGrids;
    private final ObjectProvider<InspectorRoster> roster;

    DemoWorkGridSeeder(GridLayers layers, CachedWorkGrids workGrids, ObjectProvider<InspectorRoster> roster) {
        this.layers = layers;
        this.workGrids = workGrids;
        this.roster = roster;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!workGrids.isEmpty()) {
            return;
        }
        Map<String, Map<String, List<IndexedGrid>>> bySubdistrict = new TreeMap<>();
        for (IndexedGrid grid : layers.indexedGrids(GridVersionStore.FIRST_VERSION)) {
            bySubdistrict.computeIfAbsent(grid.place().subdistrictCode(), code -> new TreeMap<>())
                    .computeIfAbsent(grid.place().communityCode(), code -> new ArrayList<>()).add(grid);
        }
        WorkGridGrouping grouping = new WorkGridGrouping(UNIT_GRIDS_PER_WORK_GRID);
        int count = 0;
        for (var subdistrict : bySubdistrict.entrySet()) {
            List<String> inspectors = roster.getIfAvailable(() -> code -> List.of()).inspectors(subdistrict.getKey());
            List<WorkGrid> seeded = workGridsOf(subdistrict.getKey(), subdistrict.getValue(), grouping, inspectors);
            workGrids.replaceSubdistrict(subdistrict.getKey(), seeded);
            count += seeded.size();
        }
        workGrids.reload();
        log.info("Demo work grids: {} work grids of up to {} unit grids", count, UNIT_GRIDS_PER_WORK_GRID);
    }

    private static List<WorkGrid> workGridsOf(String subdistrictCode, Map<String, List<IndexedGrid>> communities,
            WorkGridGrouping grouping, List<String> inspectors) {
        List<String> communityCodes = new ArrayList<>();
        List<String> communityNames = new ArrayList<>();
        List<List<List<GridCode>>> groupsPerCommunity = new ArrayList<>();
        int total = 0;
        for (var community : communities.entrySet()) {
            GridPlace place = community.getValue().get(0).place();
            communityCodes.add(community.getKey());
            communityNames.add(place.communityName());
            List<List<GridCode>> groups = grouping.group(community.getValue().stream()
                    .map(grid -> new Unit(grid.place().grid(), grid.outline())).toList());
            groupsPerCommunity.add(groups);
            total += groups.size();
        }
        List<List<String>> assigned = WorkGridGrouping.assign(total, inspectors);
        List<WorkGrid> seeded = new ArrayList<>(total);
        int offset = 0;
        for (int c = 0; c < communityCodes.size(); c++) {
            List<List<GridCode>> groups = groupsPerCommunity.get(c);
            seeded.addAll(WorkGridGrouping.workGrids(communityCodes.get(c), communityNames.get(c), subdistrictCode,
                    groups, assigned.subList(offset, offset + groups.size())));
            offset += groups.size();
        }
        return seeded;
    }
}
