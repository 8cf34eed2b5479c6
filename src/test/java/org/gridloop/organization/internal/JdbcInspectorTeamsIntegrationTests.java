package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.organization.InspectorTeams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class JdbcInspectorTeamsIntegrationTests {

    private static final String NANAO = "440307013";

    @Autowired
    InspectorTeams teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesEachActiveInspectorOfTheSubdistrictOneTaskInTurn() {
        List<String> firstRound = draw(NANAO, 26);
        List<String> secondRound = draw(NANAO, 26);

        assertThat(firstRound).doesNotHaveDuplicates()
                .allMatch(username -> username.startsWith("i013-"));
        assertThat(secondRound).isEqualTo(firstRound);
    }

    @Test
    @Transactional
    void passesOverInactiveInspectors() {
        jdbc.sql("UPDATE organization_inspector SET active = FALSE WHERE username <> 'i013-007' AND username LIKE 'i013-%'")
                .update();

        assertThat(draw(NANAO, 3)).containsOnly("i013-007");
        assertThat(teams.isInspector("i013-008")).isFalse();
    }

    @Test
    void proposesNoInspectorForASubdistrictWithoutTeam() {
        assertThat(teams.inspectorFor("440307999")).isEmpty();
    }

    @Test
    void knowsInspectorsFromOtherAccounts() {
        assertThat(teams.isInspector("inspector")).isTrue();
        assertThat(teams.isInspector("i001-001")).isTrue();
        assertThat(teams.isInspector("handler-water")).isFalse();
    }

    private List<String> draw(String subdistrictCode, int times) {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            drawn.add(teams.inspectorFor(subdistrictCode).orElseThrow());
        }
        return drawn;
    }
}
