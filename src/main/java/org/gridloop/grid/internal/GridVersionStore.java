package org.gridloop.grid.internal;

/** The versions of the unit grids in {@code grid_version}. */
final class GridVersionStore {

    /** The grids stored before versions existed, in effect since the start. */
    static final int FIRST_VERSION = 1;

    private GridVersionStore() {
    }
}
