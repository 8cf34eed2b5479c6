package org.gridloop.grid;

import java.util.List;

/**
 * A work grid (责任网格): unit grids of one subdistrict patrolled by the same inspectors.
 *
 * @param unitGrids  the unit grids it groups, in code order
 * @param inspectors usernames of the inspectors assigned to it
 */
public record WorkGrid(String code, String name, String subdistrictCode, List<GridCode> unitGrids,
        List<String> inspectors) {

    public WorkGrid {
        unitGrids = List.copyOf(unitGrids);
        inspectors = List.copyOf(inspectors);
    }
}
