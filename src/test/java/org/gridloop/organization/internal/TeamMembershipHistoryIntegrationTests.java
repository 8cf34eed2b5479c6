package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gridloop.organization.TeamDirectory;
import org.gridloop.organization.TeamDirectory.Membership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Who belonged to which team when, as the trigger on the members keeps it (ADR 0054). */
@SpringBootTest
@Transactional
class TeamMembershipHistoryIntegrationTests {

    @Autowired
    TeamDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSeededMemberBelongsToTheirFirstTeamWithoutAStart() {
        List<Membership> memberships = directory.memberships(Set.of("i013-007")).get("i013-007");
        assertThat(memberships).hasSize(1);
        assertThat(memberships.get(0).joinedAt()).isNull();
        assertThat(memberships.get(0).leftAt()).isNull();
        assertThat(memberships.get(0).covers(Instant.parse("2001-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aMoveClosesTheOldMembershipAndOpensTheNewOneAndLeavingClosesIt() {
        String before = team("i013-007");
        String other = jdbc.sql("SELECT code FROM organization_inspector_team WHERE code <> :team ORDER BY code LIMIT 1")
                .param("team", before).query(String.class).single();
        Instant now = jdbc.sql("SELECT now()").query(Timestamp.class).single().toInstant();

        jdbc.sql("UPDATE organization_inspector SET team_code = :other WHERE username = 'i013-007'")
                .param("other", other).update();
        List<Membership> moved = directory.memberships(Set.of("i013-007")).get("i013-007");
        assertThat(moved).extracting(Membership::teamCode).containsExactly(before, other);
        assertThat(moved.get(0).leftAt()).isEqualTo(now);
        assertThat(moved.get(1).joinedAt()).isEqualTo(now);
        assertThat(moved.get(0).covers(now.minusSeconds(1))).isTrue();
        assertThat(moved.get(1).covers(now)).isTrue();

        jdbc.sql("UPDATE organization_inspector SET active = FALSE WHERE username = 'i013-007'").update();
        assertThat(directory.memberships(Set.of("i013-007")).get("i013-007"))
                .allMatch(membership -> membership.leftAt() != null);
        jdbc.sql("DELETE FROM organization_inspector WHERE username = 'i013-008'").update();
        assertThat(directory.memberships(Set.of("i013-008")).get("i013-008").get(0).leftAt()).isEqualTo(now);
    }

    private String team(String username) {
        return jdbc.sql("SELECT team_code FROM organization_inspector WHERE username = :u").param("u", username)
                .query(String.class).single();
    }
}
