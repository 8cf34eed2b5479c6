package org.gridloop.grid;

import java.util.Optional;

/**
 * Places a WGS-84 point in the unit grid that contains it.
 */
public interface GridLookup {

    /**
     * @return the grid containing the point, or empty when the point lies outside every grid
     */
    Optional<GridPlace> locate(double latitude, double longitude);
}
