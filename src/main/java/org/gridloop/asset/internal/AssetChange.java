package org.gridloop.asset.internal;

import java.time.Instant;

/**
 * One entry of an asset's history: who changed it when, how, and the record before (absent for
 * a new asset) and after.
 *
 * @param source what the change came from, e.g. {@code census:12} or {@code import}
 */
public record AssetChange(long id, String identifier, Action action, String changedBy, Instant changedAt,
        String source, AssetFields before, AssetFields after) {

    /** What happened to the asset. */
    public enum Action {
        /** Registered one by one (census, API). */
        CREATED,
        /** Attributes, position or status changed. */
        CHANGED,
        /** Taken out of the field; the record stays with status removed. */
        REMOVED,
        /** Registered by a file import. */
        IMPORTED
    }
}
