package org.gridloop.casework.web;

import java.util.Locale;
import java.util.Optional;

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
        return parse(Light.class, light);
    }

    /** Newest first, or by due time ({@code sort=due}: red first). */
    public CaseOrder order() {
        return parse(CaseOrder.class, sort).orElse(CaseOrder.NEWEST);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public Optional<CaseStatus> caseStatus() {
        return parse(CaseStatus.class, status);
    }
}
