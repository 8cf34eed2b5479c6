package org.gridloop.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridloop.catalog.CategoryKind.ASSET;
import static org.gridloop.catalog.CategoryKind.INCIDENT;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoutingTableTests {

    private static final String PINGHU = "440307001";
    private static final String DAPENG = "440307012";

    private final RoutingTable table = new RoutingTable("GB/T 47678.5-2026", List.of(
            RoutingRule.forMajorClass(ASSET, "03", null, "sanitation"),
            RoutingRule.forMajorClass(ASSET, "03", DAPENG, "subdistrict"),
            RoutingRule.forClass(ASSET, "03001", null, "housing"),
            RoutingRule.forClass(ASSET, "03001", PINGHU, "enforcement"),
            RoutingRule.forClass(INCIDENT, "03001", null, "greening")));

    @Test
    void prefersTheExactClassInTheSubdistrict() {
        assertThat(table.departmentFor(ASSET, "03001", "03", PINGHU)).contains("enforcement");
    }

    @Test
    void prefersTheExactClassAnywhereOverTheMajorClassInTheSubdistrict() {
        assertThat(table.departmentFor(ASSET, "03001", "03", DAPENG)).contains("housing");
    }

    @Test
    void takesTheMajorClassInTheSubdistrictForAnotherClassOfIt() {
        assertThat(table.departmentFor(ASSET, "03002", "03", DAPENG)).contains("subdistrict");
    }

    @Test
    void takesTheMajorClassAnywhereElse() {
        assertThat(table.departmentFor(ASSET, "03002", "03", PINGHU)).contains("sanitation");
    }

    @Test
    void usesOnlyRulesForEverywhereOutsideTheGridArea() {
        assertThat(table.departmentFor(ASSET, "03001", "03", null)).contains("housing");
        assertThat(table.departmentFor(ASSET, "03002", "03", null)).contains("sanitation");
    }

    @Test
    void keepsAssetClassesAndIncidentTypesWithTheSameCodeApart() {
        assertThat(table.departmentFor(INCIDENT, "03001", "03", PINGHU)).contains("greening");
        assertThat(table.departmentFor(INCIDENT, "03002", "03", PINGHU)).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownClassOrAnotherMajorClass() {
        assertThat(table.departmentFor(ASSET, "99999", null, PINGHU)).isEmpty();
        assertThat(table.departmentFor(ASSET, "04001", "04", PINGHU)).isEmpty();
    }

    @Test
    void refusesTwoRulesForTheSameCases() {
        assertThatThrownBy(() -> new RoutingTable("GB/T 47678.5-2026", List.of(
                RoutingRule.forClass(ASSET, "03001", null, "housing"),
                RoutingRule.forClass(ASSET, "03001", null, "sanitation"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
