package org.gridloop.grid;

import java.time.Instant;

/**
 * A revision of the administrative areas (行政区划): the district, subdistricts and communities
 * as one import left them. The latest revision is current; the areas of older ones are kept.
 *
 * @param importedBy username of the administrator who imported it ({@code system} for the demo)
 */
public record AreaRevision(int id, String label, String districtCode, Instant importedAt, String importedBy,
        int subdistrictCount, int communityCount) {
}
