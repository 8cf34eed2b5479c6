package org.gridloop.casework;

import java.util.Set;

/**
 * Which cases to list; empty fields do not filter.
 *
 * @param statuses    any of these statuses
 * @param subdistrict subdistrict code
 * @param department  department code
 * @param inspector   the inspector with an open task on the case
 * @param number      a case number or its beginning
 */
public record CaseFilter(Set<CaseStatus> statuses, String subdistrict, String department, String inspector,
        String number) {

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CaseFilter all() {
        return new CaseFilter(Set.of(), null, null, null, null);
    }

    public static CaseFilter inStatus(CaseStatus... statuses) {
        return new CaseFilter(Set.of(statuses), null, null, null, null);
    }
}
