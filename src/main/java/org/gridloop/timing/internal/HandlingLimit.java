package org.gridloop.timing.internal;

import java.time.Instant;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.timing.TimeLimit;
import org.gridloop.casework.Urgency;

/**
 * A handling limit standard for handling starting from {@code effectiveFrom} on.
 *
 * @param categoryCode a class code, a major class code, or {@code *} for any class of the kind
 * @param condition    the registration condition's code, {@code default} when the class has none
 * @param source       where the value came from: the catalog example it was read from, the
 *                     defaults file, or the administrator who set it
 */
public record HandlingLimit(String scheme, CategoryKind kind, String categoryCode, String condition,
        Urgency urgency, TimeLimit limit, Instant effectiveFrom, String source) {

    /** The category code that stands for every class of a kind. */
    public static final String ANY_CLASS = "*";
}
