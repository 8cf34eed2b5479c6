package org.gridloop.casework;

import java.util.Optional;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridPlace;

/**
 * Proposes the department responsible for a case. Declared here, fulfilled by the dispatch
 * module's routing rules, so that casework never depends on dispatch.
 */
public interface DepartmentRouting {

    /**
     * @param place           where the case is, or {@code null} when it lies outside the grid area
     * @param assetDepartment the supervising department of the register asset the case is about,
     *                        or {@code null}; assets go to their owner first (先属主, 后属地)
     * @return the proposed department's code, or empty when no rule applies
     */
    Optional<String> propose(CategoryKind kind, String categoryCode, GridPlace place, String assetDepartment);
}
