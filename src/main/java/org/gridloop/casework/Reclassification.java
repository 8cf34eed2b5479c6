package org.gridloop.casework;

import java.util.Objects;

import org.gridloop.catalog.CategoryKind;

/**
 * 改类: the class a case was filed under and the class the supervision center corrected it to,
 * each with its code and its name (小类) as they were at that moment.
 */
public record Reclassification(CategoryKind fromKind, String fromCode, String fromName, CategoryKind toKind,
        String toCode, String toName) {

    public Reclassification {
        Objects.requireNonNull(fromKind, "fromKind");
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(toKind, "toKind");
        Objects.requireNonNull(toCode, "toCode");
    }
}
