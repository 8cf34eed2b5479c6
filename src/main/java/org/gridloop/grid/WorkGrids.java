package org.gridloop.grid;

import java.util.List;
import java.util.Optional;

/** The work grids (责任网格) and the inspectors assigned to them. */
public interface WorkGrids {

    /** The work grid a unit grid belongs to, if it has been grouped into one. */
    Optional<WorkGrid> containing(GridCode unitGrid);

    /** The work grids assigned to the inspector, in code order. */
    List<WorkGrid> assignedTo(String inspector);

    /** Whether the unit grid lies in a work grid assigned to the inspector. */
    default boolean covers(String inspector, GridCode unitGrid) {
        return containing(unitGrid).map(work -> work.inspectors().contains(inspector)).orElse(false);
    }
}
