package org.gridloop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.organization.InspectorTeams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class WorkGridsIntegrationTests {

    @Autowired
    WorkGrids workGrids;

    @Autowired
    InspectorTeams teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void groupsEveryDemoUnitGridIntoOneWorkGridOfItsSubdistrict() {
        List<String> codes = jdbc.sql("SELECT code FROM grid_unit_grid WHERE version_id = 1 ORDER BY code")
                .query(String.class).list();

        assertThat(codes).hasSize(2_690);
        for (String code : codes) {
            GridCode grid = new GridCode(code);
            WorkGrid work = workGrids.containing(grid).orElseThrow(() -> new AssertionError("No work grid: " + code));
            assertThat(work.unitGrids()).contains(grid).hasSizeLessThanOrEqualTo(5);
            assertThat(work.subdistrictCode()).isEqualTo(grid.subdistrictCode());
            assertThat(work.code()).startsWith(grid.communityCode() + "-W");
            assertThat(work.inspectors()).isNotEmpty();
        }
    }

    @Test
    void assignsTheDemoInspectorAndEveryMemberOfAllTeamsToWorkGridsOfTheirSubdistrict() {
        List<WorkGrid> demo = workGrids.assignedTo("inspector");

        assertThat(demo).isNotEmpty().allMatch(work -> work.subdistrictCode().equals("440307001"));
        assertThat(workGrids.covers("inspector", demo.get(0).unitGrids().get(0))).isTrue();
        assertThat(workGrids.covers("i002-001", demo.get(0).unitGrids().get(0))).isFalse();
        for (String member : teams.members("440307002")) {
            assertThat(workGrids.assignedTo(member)).as(member).isNotEmpty()
                    .allMatch(work -> work.subdistrictCode().equals("440307002"));
        }
        assertThat(teams.members("440307001")).contains("inspector", "i001-001");
        assertThat(workGrids.assignedTo("nobody")).isEmpty();
        assertThat(workGrids.containing(new GridCode("44030709999999"))).isEmpty();
    }
}
