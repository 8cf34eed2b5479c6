package org.gridloop.audit.internal;

import java.time.Instant;

/**
 * Which entries to read, newest first. Every criterion is optional ({@code null}).
 *
 * @param from     the earliest instant, inclusive
 * @param to       the latest instant, exclusive
 * @param object   the kind of object, e.g. {@code account}
 * @param objectId the object's code or id, with {@code object}
 * @param before   only entries older than the entry with this id: the next page
 * @param limit    at most this many entries
 */
public record AuditQuery(Instant from, Instant to, String actor, String object, String objectId, String action,
        Long before, int limit) {
}
