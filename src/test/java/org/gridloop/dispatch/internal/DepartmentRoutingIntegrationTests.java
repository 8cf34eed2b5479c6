package org.gridloop.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.catalog.CategoryKind.ASSET;
import static org.gridloop.catalog.CategoryKind.INCIDENT;

import org.gridloop.casework.DepartmentRouting;
import org.gridloop.catalog.Categories;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Departments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DepartmentRoutingIntegrationTests {

    private static final GridPlace IN_PINGHU = place("440307001", "平湖");
    private static final GridPlace IN_DAPENG = place("440307012", "大鹏");

    @Autowired
    DepartmentRouting routing;

    @Autowired
    RuleBasedDepartmentRouting ruleBasedRouting;

    @Autowired
    RoutingRules rules;

    @Autowired
    Categories categories;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeMajorClassRulesTheDemoDoesNotHave() {
        jdbc.sql("DELETE FROM dispatch_routing_rule WHERE major_code IS NOT NULL").update();
        ruleBasedRouting.reload();
    }

    @Test
    void routesEveryClassOfTheActiveSchemeToAnExistingDepartmentInEverySubdistrictAndOutside() {
        for (var category : categories.active()) {
            for (GridPlace place : new GridPlace[] {IN_PINGHU, IN_DAPENG, null}) {
                assertThat(routing.propose(category.kind(), category.code(), place, null))
                        .as("%s %s %s", category.kind(), category.code(), place)
                        .hasValueSatisfying(code -> assertThat(departments.find(code)).isPresent());
            }
        }
    }

    @Test
    void routesAClassByItsDepartmentHint() {
        assertThat(routing.propose(ASSET, "01001", IN_PINGHU, null)).contains("water");
        assertThat(routing.propose(INCIDENT, "01001", IN_PINGHU, null)).contains("water");
        assertThat(routing.propose(ASSET, "03001", IN_PINGHU, null)).contains("sanitation");
    }

    @Test
    void handsSanitationToTheSubdistrictOfficeInTheCoastalSubdistricts() {
        assertThat(routing.propose(ASSET, "03001", IN_DAPENG, null)).contains("subdistrict");
        assertThat(routing.propose(INCIDENT, "06011", IN_DAPENG, null)).contains("subdistrict");
        assertThat(routing.propose(INCIDENT, "06011", IN_PINGHU, null)).contains("sanitation");
    }

    @Test
    void sendsAnAssetToItsSupervisingDepartmentFirstAndByTheRulesWhenThatDepartmentIsUnknown() {
        assertThat(routing.propose(ASSET, "03001", IN_DAPENG, "greening")).contains("greening");
        assertThat(routing.propose(ASSET, "01001", IN_PINGHU, "roads")).contains("roads");
        assertThat(routing.propose(ASSET, "01001", IN_PINGHU, "dissolved")).contains("water");
    }

    @Test
    void routesACaseOutsideTheGridAreaByClassOnly() {
        assertThat(routing.propose(ASSET, "03001", null, null)).contains("sanitation");
    }

    @Test
    void fallsBackToTheSubdistrictOfficeWithoutRule() {
        assertThat(routing.propose(ASSET, "01023", IN_PINGHU, null)).contains("subdistrict");
        assertThat(routing.propose(ASSET, "99999", null, null)).contains("subdistrict");
    }

    @Test
    void prefersAMajorClassRuleInTheSubdistrictOnlyWhereNoClassRuleExists() {
        rules.add(categories.activeScheme(), RoutingRule.forMajorClass(ASSET, "01", "440307001", "housing"));
        ruleBasedRouting.reload();

        assertThat(routing.propose(ASSET, "01023", IN_PINGHU, null)).contains("housing");
        assertThat(routing.propose(ASSET, "01023", IN_DAPENG, null)).contains("subdistrict");
        assertThat(routing.propose(ASSET, "01001", IN_PINGHU, null)).contains("water");
    }

    private static GridPlace place(String subdistrictCode, String subdistrictName) {
        return new GridPlace(new GridCode(subdistrictCode + "00101"), subdistrictCode + "001", "社区",
                subdistrictCode, subdistrictName);
    }
}
