package org.gridloop.grid;

import java.time.Instant;
import java.util.Optional;

/**
 * Places a WGS-84 point in the unit grid that contains it, in the grid version in effect.
 */
public interface GridLookup {

    /**
     * Looks the point up in the version in effect now (the application clock).
     *
     * @return the grid containing the point, or empty when the point lies outside every grid
     */
    Optional<GridPlace> locate(double latitude, double longitude);

    /**
     * Looks the point up in the version that was (or will be) in effect at the instant.
     *
     * @return the grid containing the point, or empty when the point lies outside every grid
     */
    Optional<GridPlace> locate(double latitude, double longitude, Instant at);
}
