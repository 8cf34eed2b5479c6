package org.gridloop.audit.internal;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One recorded change.
 *
 * @param actor   username of who made it ({@code system} for work done at start)
 * @param address the client's IP address, {@code null} when the change did not come from a request
 * @param before  the object before, {@code null} when created
 * @param after   the object after, {@code null} when deleted
 */
public record AuditEntry(long id, Instant at, String actor, String address, String object, String objectId,
        String action, JsonNode before, JsonNode after) {
}
