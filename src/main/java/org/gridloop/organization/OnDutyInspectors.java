package org.gridloop.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who of the inspectors is on duty (在岗) at an instant, for the assignment of tasks (ADR 0046):
 * inside a scheduled period of the inspector's team, the latest sample taken at or before the
 * instant at most 120 s old and inside one of the unit grids of the inspector's work grids.
 */
public interface OnDutyInspectors {

    /** Those of the usernames on duty at the instant, in the given order. */
    List<String> onDuty(List<String> usernames, Instant at);

    /**
     * The on-duty inspector of the subdistrict's team whose latest sample lies nearest the point.
     */
    Optional<String> nearestOnDuty(String subdistrictCode, double latitude, double longitude, Instant at);

    /**
     * The lead (队长) of the subdistrict's team: the lead the administrator chose, while an active
     * member of the team; when none is chosen, the team's first active member by username. Of
     * several teams of the subdistrict, the first by code with a chosen lead; else the first active
     * member by username of all of them. Empty when the subdistrict has no active member.
     */
    Optional<String> lead(String subdistrictCode);
}
