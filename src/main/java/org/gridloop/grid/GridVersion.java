package org.gridloop.grid;

import java.time.Instant;

/**
 * A version of the unit grids: the set in effect from {@code effectiveFrom} until the next
 * version's instant. Version 1 holds the grids stored before versions existed and is in effect
 * since the start; a revision is imported as a new version.
 *
 * @param importedBy username of the administrator who imported it ({@code system} for version 1)
 */
public record GridVersion(int id, String label, Instant effectiveFrom, Instant importedAt, String importedBy,
        int gridCount, int communityCount) {
}
