package org.gridloop.casework.web;

import java.util.Locale;
import java.util.Optional;

import org.gridloop.casework.CaseStatus;

/**
 * The filters of a queue or search page as the form sends them ({@code GET} parameters); blank
 * fields do not filter, an unknown status is ignored.
 */
record ListFilters(String subdistrict, String number, String status, String department) {

    public Optional<CaseStatus> caseStatus() {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CaseStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
