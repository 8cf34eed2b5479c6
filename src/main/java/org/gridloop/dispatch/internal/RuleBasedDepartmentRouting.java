package org.gridloop.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridloop.casework.DepartmentRouting;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.dispatch.internal.RoutingDecision.Basis;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Proposes departments, and says why: for a case about a register asset, the asset's
 * supervising department (owner first, 先属主) while it is active; otherwise the most specific
 * routing rule of the scheme in force whose department is active (see {@link RoutingTable} for
 * the precedence); without one, the active office of the case's subdistrict (属地兜底), then the
 * configured fallback department. The rules are held in memory, read again when the scheme in
 * force changes, after a change on this node, and within a minute of a change on another node
 * ({@code gridloop.dispatch.refresh}).
 */
@Service
@EnableConfigurationProperties(DispatchProperties.class)
class RuleBasedDepartmentRouting implements DepartmentRouting {

    private static final Logger log = LoggerFactory.getLogger(RuleBasedDepartmentRouting.class);

    private record Loaded(RoutingTable table, long revision) {
    }

    private final RoutingRules rules;
    private final Categories categories;
    private final Departments departments;
    private final DispatchProperties properties;
    private volatile Loaded loaded;

    RuleBasedDepartmentRouting(RoutingRules rules, Categories categories, Departments departments,
            DispatchProperties properties) {
        this.rules = rules;
        this.categories = categories;
        this.departments = departments;
        this.properties = properties;
    }

    @Override
    public Optional<String> propose(CategoryKind kind, String categoryCode, GridPlace place,
            String assetDepartment) {
        return Optional.ofNullable(decide(kind, categoryCode, place, assetDepartment).departmentCode());
    }

    /** The department for the case and what chose it. */
    RoutingDecision decide(CategoryKind kind, String categoryCode, GridPlace place, String assetDepartment) {
        String subdistrictCode = place == null ? null : place.subdistrictCode();
        if (assetDepartment != null && departments.findActive(assetDepartment).isPresent()) {
            return new RoutingDecision(assetDepartment, Basis.OWNER, null, subdistrictCode, List.of());
        }
        String majorCode = categories.find(kind, categoryCode).map(Category::majorCode).orElse(null);
        List<RoutingRule> passedOver = new ArrayList<>();
        for (RoutingRule rule : currentTable().matching(kind, categoryCode, majorCode, subdistrictCode)) {
            if (departments.findActive(rule.departmentCode()).isPresent()) {
                return new RoutingDecision(rule.departmentCode(), Basis.RULE, rule, subdistrictCode, passedOver);
            }
            passedOver.add(rule);
        }
        if (subdistrictCode != null) {
            Optional<Department> office = departments.subdistrictOffice(subdistrictCode);
            if (office.isPresent()) {
                return new RoutingDecision(office.get().code(), Basis.SUBDISTRICT_OFFICE, null, subdistrictCode,
                        passedOver);
            }
        }
        return departments.findActive(properties.fallbackDepartment())
                .map(fallback -> new RoutingDecision(fallback.code(), Basis.FALLBACK, null, subdistrictCode,
                        passedOver))
                .orElseGet(() -> new RoutingDecision(null, Basis.NONE, null, subdistrictCode, passedOver));
    }

    /** Reads the rules again, after they were changed. */
    void reload() {
        String scheme = categories.activeScheme();
        long revision = rules.revision();
        loaded = new Loaded(new RoutingTable(scheme, rules.of(scheme)), revision);
    }

    /** Reloads the rules when another node changed them. */
    @Scheduled(initialDelayString = "${gridloop.dispatch.refresh:PT1M}",
            fixedDelayString = "${gridloop.dispatch.refresh:PT1M}")
    void followOtherNodes() {
        Loaded current = loaded;
        if (current != null && rules.revision() != current.revision()) {
            reload();
            log.info("Routing rules reloaded at revision {}", loaded.revision());
        }
    }

    private RoutingTable currentTable() {
        Loaded current = loaded;
        if (current == null || !current.table().scheme().equals(categories.activeScheme())) {
            reload();
            current = loaded;
        }
        return current.table();
    }
}
