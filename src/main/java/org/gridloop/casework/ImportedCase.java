package org.gridloop.casework;

import java.time.Instant;

import org.gridloop.catalog.Category;
import org.gridloop.grid.GridPlace;
import org.gridloop.intake.Channel;

/**
 * One checked row of a legacy import: a case as the system it comes from recorded it, each time
 * {@code null} for a step it never reached.
 *
 * @param place      the unit grid of the position when the case was reported, {@code null} outside the grid area
 * @param reporter   the inspector who reported it, {@code null} for the public
 * @param department the department of the last dispatch, {@code null} when never dispatched
 * @param closedAt   when the case closed, or ended otherwise (rejected, declined, discarded)
 * @param returns    the approved returns (回退) before the last dispatch
 */
record ImportedCase(int line, CaseNumber number, Channel channel, Category category, double latitude,
        double longitude, GridPlace place, String reporter, Instant reportedAt, Instant acceptedAt,
        Instant registeredAt, Instant dispatchedAt, String department, Instant handledAt, Instant checkedAt,
        Instant closedAt, CaseStatus finalStatus, int returns) {
}
