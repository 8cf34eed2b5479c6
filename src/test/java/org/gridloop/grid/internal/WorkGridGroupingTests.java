package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;
import org.gridloop.grid.internal.WorkGridGrouping.Unit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class WorkGridGroupingTests {

    private final GridLayer district = DemoDistrictFixtures.demoDistrict();

    @Test
    void groupsEveryGridOfACommunityOnceIntoGroupsOfAdjacentGrids() {
        Map<String, Polygon> outlines = district.grids().stream()
                .collect(Collectors.toMap(UnitGridArea::code, UnitGridArea::outline));
        for (String community : List.of("440307001001", "440307007003", "440307013002")) {
            List<Unit> units = district.grids().stream().filter(grid -> grid.communityCode().equals(community))
                    .map(grid -> new Unit(new GridCode(grid.code()), grid.outline())).toList();

            List<List<GridCode>> groups = new WorkGridGrouping(5).group(units);

            assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(units.size());
            assertThat(groups.stream().flatMap(List::stream).map(GridCode::value).collect(Collectors.toSet()))
                    .hasSize(units.size());
            assertThat(groups).allMatch(group -> group.size() <= 5);
            assertThat(groups.stream().filter(group -> group.size() == 5).count())
                    .as("most groups are full").isGreaterThanOrEqualTo(groups.size() / 2);
            for (List<GridCode> group : groups) {
                assertThat(connected(group, outlines)).as(group.toString()).isTrue();
            }
        }
    }

    @Test
    void givesEveryWorkGridAnInspectorAndEveryInspectorAWorkGrid() {
        List<String> many = List.of("a", "b", "c", "d", "e", "f", "g");

        List<List<String>> fewerWorkGrids = WorkGridGrouping.assign(3, many);
        List<List<String>> moreWorkGrids = WorkGridGrouping.assign(10, List.of("a", "b", "inspector"));

        assertThat(fewerWorkGrids).allMatch(inspectors -> !inspectors.isEmpty());
        assertThat(fewerWorkGrids.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(many);
        assertThat(moreWorkGrids).hasSize(10).allMatch(inspectors -> inspectors.size() == 1);
        assertThat(moreWorkGrids.stream().flatMap(List::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("a", "b", "inspector");
        assertThat(WorkGridGrouping.assign(2, List.of())).containsExactly(List.of(), List.of());
    }

    private static boolean connected(List<GridCode> group, Map<String, Polygon> outlines) {
        Map<String, Polygon> members = group.stream().map(GridCode::value)
                .collect(Collectors.toMap(Function.identity(), outlines::get));
        Set<String> reached = new HashSet<>(Set.of(group.get(0).value()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var member : members.entrySet()) {
                if (!reached.contains(member.getKey()) && reached.stream()
                        .anyMatch(code -> members.get(code).intersects(member.getValue()))) {
                    reached.add(member.getKey());
                    grew = true;
                }
            }
        }
        return reached.size() == group.size();
    }
}
