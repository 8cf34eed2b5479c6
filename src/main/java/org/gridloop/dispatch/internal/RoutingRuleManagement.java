package org.gridloop.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridDirectory;
import org.gridloop.organization.Departments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes of the routing rules of the scheme in force: add, replace and
 * remove, each checked against the classes, subdistricts and active departments, audited, and
 * in effect on this node at once and on the others within a minute.
 */
@Service
public class RoutingRuleManagement {

    /**
     * A rule as an administrator enters it: exactly one of {@code classCode} and
     * {@code majorCode}; {@code subdistrictCode} only to limit it to one subdistrict.
     *
     * @param kind {@code asset} or {@code incident}
     */
    public record RuleForm(String kind, String classCode, String majorCode, String subdistrictCode,
            String departmentCode) {
    }

    /** A stored rule as the API and the page show it. */
    public record RuleEntry(long id, String kind, String classCode, String majorCode, String subdistrictCode,
            String departmentCode) {

        static RuleEntry of(RoutingRule rule) {
            return new RuleEntry(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT), rule.classCode(),
                    rule.majorCode(), rule.subdistrictCode(), rule.departmentCode());
        }
    }

    private final RoutingRules rules;
    private final RuleBasedDepartmentRouting routing;
    private final Categories categories;
    private final GridDirectory grids;
    private final Departments departments;
    private final ApplicationEventPublisher events;

    RoutingRuleManagement(RoutingRules rules, RuleBasedDepartmentRouting routing, Categories categories,
            GridDirectory grids, Departments departments, ApplicationEventPublisher events) {
        this.rules = rules;
        this.routing = routing;
        this.categories = categories;
        this.grids = grids;
        this.departments = departments;
        this.events = events;
    }

    /** The rules of the scheme in force, in the order they were added. */
    public List<RuleEntry> all() {
        return rules.of(categories.activeScheme()).stream().map(RuleEntry::of).toList();
    }

    @Transactional
    public RuleEntry add(RuleForm form) {
        RoutingRule rule = checked(null, form);
        RoutingRule added;
        try {
            added = rules.add(categories.activeScheme(), rule);
        } catch (DuplicateKeyException taken) {
            throw duplicate();
        }
        routing.reload();
        RuleEntry entry = RuleEntry.of(added);
        events.publishEvent(AuditedChange.of("routing-rule", String.valueOf(added.id()), "create", null, entry));
        return entry;
    }

    @Transactional
    public RuleEntry replace(long id, RuleForm form) {
        RuleEntry before = RuleEntry.of(existing(id));
        RoutingRule rule = checked(id, form);
        try {
            rules.replace(categories.activeScheme(), rule);
        } catch (DuplicateKeyException taken) {
            throw duplicate();
        }
        routing.reload();
        RuleEntry after = RuleEntry.of(rule);
        events.publishEvent(AuditedChange.of("routing-rule", String.valueOf(id), "update", before, after));
        return after;
    }

    @Transactional
    public void remove(long id) {
        RuleEntry before = RuleEntry.of(existing(id));
        rules.delete(categories.activeScheme(), id);
        routing.reload();
        events.publishEvent(AuditedChange.of("routing-rule", String.valueOf(id), "delete", before, null));
    }

    private RoutingRule existing(long id) {
        return rules.find(categories.activeScheme(), id).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "dispatch.rule.unknown", "No such routing rule", id));
    }

    private RoutingRule checked(Long id, RuleForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        CategoryKind kind = RoutingRequests.kind(form.kind(), problems);
        String classCode = strip(form.classCode());
        String majorCode = strip(form.majorCode());
        String subdistrictCode = strip(form.subdistrictCode());
        String departmentCode = strip(form.departmentCode());
        if ((classCode == null) == (majorCode == null)) {
            problems.add(new FieldProblem(classCode == null ? "classCode" : "majorCode", "dispatch.rule.class-or-major",
                    "name either a class or a major class"));
        } else if (kind != null && classCode != null && categories.find(kind, classCode).isEmpty()) {
            problems.add(new FieldProblem("classCode", "dispatch.rule.class-unknown",
                    "no such class in the scheme in force"));
        } else if (kind != null && majorCode != null && categories.active().stream()
                .noneMatch(category -> category.kind() == kind && category.majorCode().equals(majorCode))) {
            problems.add(new FieldProblem("majorCode", "dispatch.rule.major-unknown",
                    "no such major class in the scheme in force"));
        }
        if (subdistrictCode != null
                && grids.subdistricts().stream().noneMatch(subdistrict -> subdistrict.code().equals(subdistrictCode))) {
            problems.add(new FieldProblem("subdistrictCode", "dispatch.rule.subdistrict-unknown", "no such subdistrict"));
        }
        if (departmentCode == null) {
            problems.add(new FieldProblem("departmentCode", "field.required", "required"));
        } else if (departments.findActive(departmentCode).isEmpty()) {
            problems.add(new FieldProblem("departmentCode", "dispatch.rule.department-unknown",
                    "no such active department"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "dispatch.rule.invalid",
                    "The routing rule is not valid", problems);
        }
        return new RoutingRule(id, kind, classCode, majorCode, subdistrictCode, departmentCode);
    }

    private static DomainException duplicate() {
        return new DomainException(DomainException.Kind.CONFLICT, "dispatch.rule.duplicate",
                "A rule for the same class and subdistrict exists",
                List.of(new FieldProblem("classCode", "dispatch.rule.duplicate", "a rule for these cases exists")));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
