package org.gridloop.casework.web;

import java.util.List;
import java.util.UUID;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.intake.Caller;
import org.gridloop.intake.ReportSubmission;

/**
 * A hotline call as the operator types it. The position arrives as text so that a mistyped
 * number is shown next to its field; {@code clientId} is fixed when the form is shown, so a
 * form sent twice creates one case.
 */
record HotlineForm(String callerName, String callerPhone, String address, String lat, String lon, String kind,
        String categoryCode, String description, String clientId) {

    static HotlineForm blank() {
        return new HotlineForm(null, null, null, null, null, "incident", null, null, UUID.randomUUID().toString());
    }

    /** The submission; a coordinate that is not a number is left out and added to {@code problems}. */
    ReportSubmission toSubmission(List<FieldProblem> problems) {
        Caller caller = blank(callerName) && blank(callerPhone) ? null
                : new Caller(trimmed(callerName), trimmed(callerPhone));
        return new ReportSubmission(kind, categoryCode, number("lat", lat, problems), number("lon", lon, problems),
                null, address, description, blank(clientId) ? UUID.randomUUID().toString() : clientId.trim(), caller,
                List.of());
    }

    private static Double number(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "field.number", "must be a number"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
