package org.gridloop.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;

/** The problems found in one form, collected field by field and refused together. */
final class FieldChecks {

    /** A code: lowercase letters, digits and hyphens, starting with a letter or digit. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The value without surrounding blanks; {@code null} when it is missing or blank. */
    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void add(String field, String messageCode, String defaultMessage) {
        problems.add(new FieldProblem(field, messageCode, defaultMessage));
    }

    /** Checks a required code; true when it is well formed. */
    boolean code(String field, String value) {
        if (value == null) {
            add(field, "field.required", "required");
            return false;
        }
        if (!CODE.matcher(value).matches()) {
            add(field, "organization.code.format", "1 to 32 lowercase letters, digits and hyphens");
            return false;
        }
        return true;
    }

    /** Checks a text no longer than {@code length}, required or not. */
    void text(String field, String value, int length, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "field.required", "required");
            }
        } else if (value.length() > length) {
            add(field, "organization.text.too-long", "at most " + length + " characters");
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** Refuses the form when a field is at fault. */
    void refuseIfAny(String messageCode, String defaultMessage) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, messageCode, defaultMessage, problems);
        }
    }
}
