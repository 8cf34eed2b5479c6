package org.gridloop.grid;

import java.util.List;

/**
 * The inspectors who patrol a subdistrict, as the module that keeps the inspector teams knows
 * them. The grid module assigns work grids from it without depending on that module; the
 * implementation lives there.
 */
public interface InspectorRoster {

    /** Usernames of the active inspectors of the subdistrict's team, in a stable order. */
    List<String> inspectors(String subdistrictCode);
}
