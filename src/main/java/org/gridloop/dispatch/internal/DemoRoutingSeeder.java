package org.gridloop.dispatch.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleForm;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.gridloop.organization.DepartmentHints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the routing rules of the demo district for the active scheme: one rule per class
 * whose department hint names one of the departments (see {@link DepartmentHints}); classes
 * without one go to the territorial fallback. Area overrides show category × area: in the
 * coastal subdistricts 葵涌, 大鹏 and 南澳 the subdistrict office, not the sanitation office,
 * keeps streets and toilets clean. Does nothing once the active scheme has rules. The rules are
 * added through {@link RoutingRuleManagement}, as an administrator adds them.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.DISPATCH)
class DemoRoutingSeeder implements ApplicationRunner {

    /** Departments whose classes are handed to the subdistrict office in some subdistricts. */
    static final Map<String, Set<String>> AREA_OVERRIDES = Map.of("sanitation", Set.of("葵涌", "大鹏", "南澳"));

    static final String TERRITORIAL_DEPARTMENT = "subdistrict";

    private static final Logger log = LoggerFactory.getLogger(DemoRoutingSeeder.class);

    private final RoutingRules rules;
    private final RoutingRuleManagement management;
    private final Categories categories;
    private final GridDirectory gridDirectory;

    DemoRoutingSeeder(RoutingRules rules, RoutingRuleManagement management, Categories categories,
            GridDirectory gridDirectory) {
        this.rules = rules;
        this.management = management;
        this.categories = categories;
        this.gridDirectory = gridDirectory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String scheme = categories.activeScheme();
        if (rules.exist(scheme)) {
            return;
        }
        List<Subdistrict> subdistricts = gridDirectory.subdistricts();
        int count = 0;
        for (Category category : categories.active()) {
            String department = DepartmentHints.departmentFor(category.departmentType()).orElse(TERRITORIAL_DEPARTMENT);
            if (department.equals(TERRITORIAL_DEPARTMENT)) {
                continue;
            }
            String kind = category.kind().name().toLowerCase(Locale.ROOT);
            management.add(new RuleForm(kind, category.code(), null, null, department));
            count++;
            Set<String> overridden = AREA_OVERRIDES.getOrDefault(department, Set.of());
            for (Subdistrict subdistrict : subdistricts) {
                if (overridden.contains(shortName(subdistrict))) {
                    management.add(new RuleForm(kind, category.code(), null, subdistrict.code(),
                            TERRITORIAL_DEPARTMENT));
                    count++;
                }
            }
        }
        log.info("Demo routing: {} rules for {}", count, scheme);
    }

    private static String shortName(Subdistrict subdistrict) {
        String name = subdistrict.name();
        return name.endsWith("街道") ? name.substring(0, name.length() - 2) : name;
    }
}
