package org.gridloop.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.gridloop.AuditedChange;
import org.gridloop.identity.Actor;
import org.gridloop.identity.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each {@link AuditedChange} to {@code audit_entry} as it is published: on the publishing
 * thread and so inside the transaction that makes the change, which commits or rolls back with
 * its record. Who made it is the signed-in user, else the change's own actor, else
 * {@code system}; the address is the remote address of the request being served (behind a proxy,
 * set {@code server.forward-headers-strategy} so that it is the client's).
 */
@Component
class AuditRecorder {

    /** The actor of changes made outside any request and without a named actor: work done at start. */
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(JdbcClient jdbc, CurrentActor currentActor, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void record(AuditedChange change) {
        String actor = currentActor.find().map(Actor::username)
                .orElse(change.actor() == null || change.actor().isBlank() ? SYSTEM : change.actor());
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor, address, object, object_id, action, before, after)
                VALUES (:at, :actor, :address, :object, :objectId, :action,
                        CAST(:before AS JSONB), CAST(:after AS JSONB))""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", bounded(actor, 64))
                .param("address", bounded(remoteAddress(), 64))
                .param("object", bounded(change.object(), 32))
                .param("objectId", bounded(change.objectId() == null ? "" : change.objectId(), 200))
                .param("action", bounded(change.action(), 32))
                .param("before", document(change.before()))
                .param("after", document(change.after()))
                .update();
    }

    private String document(Object value) {
        // PostgreSQL refuses the NUL character in JSONB text; the log keeps the rest of the value.
        return value == null ? null : json.writeValueAsString(value).replace("\\u0000", "\\ufffd");
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The text without NUL characters and cut to the column's length. */
    private static String bounded(String text, int length) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\0', '\uFFFD');
        if (clean.length() <= length) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(length - 1)) ? length - 1 : length;
        return clean.substring(0, end);
    }
}
