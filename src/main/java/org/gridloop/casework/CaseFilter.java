package org.gridloop.casework;

import java.time.Instant;
import java.util.Set;

import org.gridloop.intake.Channel;

/**
 * Which cases to list; empty fields do not filter.
 *
 * @param statuses         any of these statuses
 * @param subdistrict      subdistrict code
 * @param department       department code
 * @param inspector        the inspector with an open task on the case
 * @param number           a case number or its beginning
 * @param extensionPending only cases with ({@code true}) or without ({@code false}) a pending
 *                         extension request; {@code null} for both
 * @param light            only cases whose stage clock shows this light now
 * @param grid             unit grid code
 * @param reportedFrom     only cases reported at or after this instant
 * @param reportedBefore   only cases reported before this instant
 * @param categoryCode     the class (小类) code, or a major class (大类) when two digits long
 * @param channel          how the report reached the platform
 */
public record CaseFilter(Set<CaseStatus> statuses, String subdistrict, String department, String inspector,
        String number, Boolean extensionPending, Light light, String grid, Instant reportedFrom,
        Instant reportedBefore, String categoryCode, Channel channel) {

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A filter over any time of report, class and channel. */
    public CaseFilter(Set<CaseStatus> statuses, String subdistrict, String department, String inspector,
            String number, Boolean extensionPending, Light light, String grid) {
        this(statuses, subdistrict, department, inspector, number, extensionPending, light, grid, null, null, null,
                null);
    }

    /** A filter over any unit grid. */
    public CaseFilter(Set<CaseStatus> statuses, String subdistrict, String department, String inspector,
            String number, Boolean extensionPending, Light light) {
        this(statuses, subdistrict, department, inspector, number, extensionPending, light, null);
    }
}
