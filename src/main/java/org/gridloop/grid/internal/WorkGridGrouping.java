package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrid;
import org.locationtech.jts.geom.Polygon;

/**
 * Groups the unit grids of one community into work grids of a few adjacent grids, and spreads
 * a subdistrict's inspectors over its work grids so that every work grid has an inspector and
 * every inspector a work grid.
 */
final class WorkGridGrouping {

    /** A unit grid to group. */
    record Unit(GridCode code, Polygon outline) {
    }

    private final int size;

    /** @param size the number of unit grids a work grid gets, fewer where neighbours run out */
    WorkGridGrouping(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A work grid has at least one unit grid");
        }
        this.size = size;
    }

    /**
     * Grows each group from the lowest unassigned code, adding the lowest-coded unassigned grid
     * that touches the group until it is full or has no free neighbour.
     *
     * @return groups of unit grid codes, in order of their first code
     */
    List<List<GridCode>> group(List<Unit> community) {
        List<Unit> units = community.stream().sorted(Comparator.comparing(unit -> unit.code().value())).toList();
        boolean[][] adjacent = new boolean[units.size()][units.size()];
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                Polygon a = units.get(i).outline();
                Polygon b = units.get(j).outline();
                boolean touching = a.getEnvelopeInternal().intersects(b.getEnvelopeInternal()) && a.intersects(b);
                adjacent[i][j] = touching;
                adjacent[j][i] = touching;
            }
        }
        boolean[] taken = new boolean[units.size()];
        List<List<GridCode>> groups = new ArrayList<>();
        for (int seed = 0; seed < units.size(); seed++) {
            if (taken[seed]) {
                continue;
            }
            List<Integer> group = new ArrayList<>(List.of(seed));
            taken[seed] = true;
            while (group.size() < size) {
                int next = nextNeighbour(group, adjacent, taken);
                if (next < 0) {
                    break;
                }
                group.add(next);
                taken[next] = true;
            }
            groups.add(group.stream().sorted().map(index -> units.get(index).code()).toList());
        }
        return groups;
    }

    private static int nextNeighbour(List<Integer> group, boolean[][] adjacent, boolean[] taken) {
        for (int candidate = 0; candidate < taken.length; candidate++) {
            if (!taken[candidate]) {
                for (int member : group) {
                    if (adjacent[member][candidate]) {
                        return candidate;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Assigns inspectors to work grids in turn: with more inspectors than work grids some work
     * grids get several, with fewer some inspectors get several work grids.
     *
     * @return the inspectors of each work grid, in the order of the work grids
     */
    static List<List<String>> assign(int workGrids, List<String> inspectors) {
        List<List<String>> assigned = new ArrayList<>(workGrids);
        for (int w = 0; w < workGrids; w++) {
            assigned.add(new ArrayList<>());
        }
        if (workGrids == 0 || inspectors.isEmpty()) {
            return assigned;
        }
        for (int i = 0; i < Math.max(workGrids, inspectors.size()); i++) {
            assigned.get(i % workGrids).add(inspectors.get(i % inspectors.size()));
        }
        return assigned.stream().map(list -> list.stream().distinct().sorted().toList()).toList();
    }

    /** Builds the work grids of a community: codes {@code <community>-W01}, names after the community. */
    static List<WorkGrid> workGrids(String communityCode, String communityName, String subdistrictCode,
            List<List<GridCode>> groups, List<List<String>> inspectors) {
        List<WorkGrid> workGrids = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            workGrids.add(new WorkGrid(communityCode + "-W" + String.format("%02d", g + 1),
                    communityName + "第" + (g + 1) + "责任网格", subdistrictCode, groups.get(g), inspectors.get(g)));
        }
        return workGrids;
    }
}
