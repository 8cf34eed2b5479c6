package org.gridloop.audit.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.audit.internal.AuditEntries;
import org.gridloop.audit.internal.AuditEntry;
import org.gridloop.audit.internal.AuditQuery;
import org.gridloop.identity.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page of the audit log: a filter by period, actor, object and action, the
 * entries newest first with what each changed, and a link to older entries.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPageController {

    /** An entry with its changes and the actor's display name. */
    record Row(AuditEntry entry, String actorName, List<AuditChanges.Change> changes) {
    }

    private final AuditEntries entries;
    private final Accounts accounts;
    private final MessageSource messages;

    AuditPageController(AuditEntries entries, Accounts accounts, MessageSource messages) {
        this.entries = entries;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String object,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String action,
            @RequestParam(required = false) Long before, Model model) {
        AuditFilter filter = new AuditFilter(from, to, actor, object, objectId, action, before, null);
        model.addAttribute("filter", filter);
        model.addAttribute("objects", entries.objects());
        try {
            AuditQuery query = filter.query();
            List<AuditEntry> found = entries.find(query);
            var names = accounts.displayNames(found.stream().map(AuditEntry::actor).toList());
            model.addAttribute("rows", found.stream().map(entry -> new Row(entry,
                    names.getOrDefault(entry.actor(), entry.actor()),
                    AuditChanges.between(entry.before(), entry.after()))).toList());
            model.addAttribute("next", found.size() == query.limit() ? found.get(found.size() - 1).id() : null);
        } catch (DomainException refusal) {
            Locale locale = LocaleContextHolder.getLocale();
            var problem = refusal.fieldProblems().get(0);
            model.addAttribute("rows", List.of());
            model.addAttribute("errorField", problem.field());
            model.addAttribute("error", messages.getMessage(problem.messageCode(), null, problem.defaultMessage(),
                    locale));
        }
        return "audit/log";
    }
}
