package org.gridloop.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.gridloop.DomainException;
import org.gridloop.audit.internal.AuditQuery;

/**
 * The filter of the audit log as the API and the page take it. {@code from} and {@code to} are
 * days in Asia/Shanghai ({@code 2026-12-05}, both inclusive) or instants with an offset
 * ({@code 2026-12-05T09:00:00+08:00}, {@code to} exclusive).
 */
record AuditFilter(String from, String to, String actor, String object, String objectId, String action,
        Long before, Integer limit) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int DEFAULT_LIMIT = 100;

    /**
     * @throws DomainException naming {@code from}, {@code to} or {@code limit} when one cannot be read
     */
    AuditQuery query() {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw DomainException.invalidField("to", "audit.filter.order", "to comes after from");
        }
        if (limit != null && (limit < 1 || limit > org.gridloop.audit.internal.AuditEntries.MAX_LIMIT)) {
            throw DomainException.invalidField("limit", "audit.filter.limit", "limit is from 1 to 1000");
        }
        return new AuditQuery(start, end, blankToNull(actor), blankToNull(object), blankToNull(objectId),
                blankToNull(action), before, limit == null ? DEFAULT_LIMIT : limit);
    }

    private static Instant instant(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField(field, "audit.filter.instant",
                    "a day (2026-12-05) or an instant with its offset (2026-12-05T09:00:00+08:00)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
