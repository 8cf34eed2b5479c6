package org.gridloop.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.casework.ActionRequest;

/**
 * The fields of an action form on the case page, as typed. Numbers and choices arrive as text so
 * that a wrong value becomes a field error next to its field rather than a failed request.
 *
 * @param version the version of the case the page showed; a newer one means someone else acted
 */
record PageActionForm(String note, String reason, String departmentCode, String inspector, String confirmed,
        String passed, String granted, String approved, String minutes, String into, Integer version, String urgency,
        String condition, String kind, String categoryCode) {

    static PageActionForm empty() {
        return new PageActionForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** @throws DomainException {@code INVALID} when minutes is not a whole number */
    ActionRequest toRequest() {
        return new ActionRequest(note, reason, departmentCode, inspector, choice(confirmed), choice(passed),
                choice(granted), choice(approved), wholeMinutes(), into, List.of(), null, null, version, urgency,
                condition, kind, categoryCode);
    }

    private Integer wholeMinutes() {
        if (minutes == null || minutes.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(minutes.trim());
        } catch (NumberFormatException notANumber) {
            List<FieldProblem> problems = new ArrayList<>();
            problems.add(new FieldProblem("minutes", "field.wholeNumber", "must be a whole number"));
            throw new DomainException(DomainException.Kind.INVALID, "action.invalid", "The request has invalid fields",
                    problems);
        }
    }

    private static Boolean choice(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value.trim());
    }
}
