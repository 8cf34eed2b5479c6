package org.gridloop.audit.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.audit.internal.AuditEntries;
import org.gridloop.audit.internal.AuditEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The audit log for administrators, newest first, a page at a time. */
@RestController
@Tag(name = "Audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

    /** One entry as the API shows it; {@code at} in Asia/Shanghai. */
    record EntryView(long id, OffsetDateTime at, String actor, String address, String object, String objectId,
            String action, JsonNode before, JsonNode after) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.id(), entry.at().atZone(AuditFilter.ZONE).toOffsetDateTime(), entry.actor(),
                    entry.address(), entry.object(), entry.objectId(), entry.action(), entry.before(), entry.after());
        }
    }

    /**
     * A page of entries.
     *
     * @param next the {@code before} that reads the next, older page; {@code null} on the last page
     */
    record EntryPage(List<EntryView> entries, Long next) {
    }

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @Operation(summary = "Read the audit log (操作日志), newest first",
            description = "from and to are days in Asia/Shanghai (2026-12-05, inclusive) or instants with an offset "
                    + "(to exclusive); actor is a username; object a kind such as account, department, routing-rule, "
                    + "with objectId its code; limit 1–1000 (100); before=next of the previous page.")
    @GetMapping("/api/v1/audit")
    EntryPage read(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String object,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String action,
            @RequestParam(required = false) Long before, @RequestParam(required = false) Integer limit) {
        AuditFilter filter = new AuditFilter(from, to, actor, object, objectId, action, before, limit);
        var query = filter.query();
        List<AuditEntry> found = entries.find(query);
        Long next = found.size() == query.limit() ? found.get(found.size() - 1).id() : null;
        return new EntryPage(found.stream().map(EntryView::of).toList(), next);
    }
}
