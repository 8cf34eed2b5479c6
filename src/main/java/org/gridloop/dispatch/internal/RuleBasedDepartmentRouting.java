package org.gridloop.dispatch.internal;

import java.util.Optional;

import org.gridloop.casework.DepartmentRouting;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Proposes departments: for a case about a register asset, the asset's supervising department
 * (owner first, 先属主); otherwise, or when that department no longer exists, the routing rules of
 * the active scheme, held in memory (see {@link RoutingTable} for the precedence), and the
 * territorial fallback department when no rule matches. The rules are read again when the active scheme changes or after
 * {@link #reload()}.
 */
@Service
@EnableConfigurationProperties(DispatchProperties.class)
class RuleBasedDepartmentRouting implements DepartmentRouting {

    private final RoutingRules rules;
    private final Categories categories;
    private final Departments departments;
    private final DispatchProperties properties;
    private volatile RoutingTable table;

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
        if (assetDepartment != null) {
            Optional<String> owner = departments.find(assetDepartment).map(Department::code);
            if (owner.isPresent()) {
                return owner;
            }
        }
        String majorCode = categories.find(kind, categoryCode).map(Category::majorCode).orElse(null);
        String subdistrictCode = place == null ? null : place.subdistrictCode();
        Optional<String> ruled = currentTable().departmentFor(kind, categoryCode, majorCode, subdistrictCode);
        if (ruled.isPresent()) {
            return ruled;
        }
        return departments.find(properties.fallbackDepartment()).map(Department::code);
    }

    /** Reads the rules again, after they were changed. */
    void reload() {
        String scheme = categories.activeScheme();
        table = new RoutingTable(scheme, rules.of(scheme));
    }

    private RoutingTable currentTable() {
        RoutingTable current = table;
        if (current == null || !current.scheme().equals(categories.activeScheme())) {
            reload();
            current = table;
        }
        return current;
    }
}
