package org.gridloop.casework.web;

import java.util.Optional;

import org.gridloop.Choices;
import org.gridloop.casework.CaseOrder;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.Light;

/**
 * The filters of a queue or search page as the form sends them ({@code GET} parameters); blank
 * fields do not filter, an unknown status is ignored.
 */
record ListFilters(String subdistrict, String number, String status, String department, String light, String sort) {

    /** The light to filter by; an unknown one is ignored. */
    public Optional<Light> lightFilter() {
        return Choices.parse(Light.class, light);
    }

    /** Newest first, or by due time ({@code sort=due}: red first). */
    public CaseOrder order() {
        return Choices.parse(CaseOrder.class, sort).orElse(CaseOrder.NEWEST);
    }

    public Optional<CaseStatus> caseStatus() {
        return Choices.parse(CaseStatus.class, status);
    }
}
