package org.gridloop.organization.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.organization.TeamDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team directory over the organization's tables; memberships come from
 * {@code organization_team_membership}, which a trigger keeps from the members.
 */
@Service
class JdbcTeamDirectory implements TeamDirectory {

    private final JdbcClient jdbc;
    private final QuotaManagement quotas;
    private final AttendanceDays attendanceDays;

    JdbcTeamDirectory(JdbcClient jdbc, QuotaManagement quotas, AttendanceDays attendanceDays) {
        this.jdbc = jdbc;
        this.quotas = quotas;
        this.attendanceDays = attendanceDays;
    }

    @Override
    public List<TeamSummary> teams() {
        return jdbc.sql("""
                SELECT t.code, t.name, t.subdistrict_code, t.model, t.vendor_code, v.name AS vendor_name,
                       (SELECT count(*) FROM organization_inspector i WHERE i.team_code = t.code AND i.active) AS inspectors
                FROM organization_inspector_team t LEFT JOIN organization_vendor v ON v.code = t.vendor_code
                ORDER BY t.code""")
                .query((rs, n) -> new TeamSummary(rs.getString("code"), rs.getString("name"),
                        rs.getString("subdistrict_code"), rs.getString("model"), rs.getString("vendor_code"),
                        rs.getString("vendor_name"), rs.getInt("inspectors")))
                .list();
    }

    @Override
    public Map<String, List<Membership>> memberships(Collection<String> usernames) {
        Map<String, List<Membership>> memberships = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return memberships;
        }
        jdbc.sql("""
                SELECT m.username, m.team_code, CASE WHEN m.joined_at = '-infinity' THEN NULL ELSE m.joined_at END AS joined,
                       m.left_at
                FROM organization_team_membership m WHERE m.username = ANY(:usernames) ORDER BY m.username, m.joined_at""")
                .param("usernames", usernames.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    memberships.computeIfAbsent(rs.getString("username"), username -> new ArrayList<>())
                            .add(new Membership(rs.getString("team_code"), instant(rs.getTimestamp("joined")),
                                    instant(rs.getTimestamp("left_at"))));
                });
        return memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> quotas(String quarter) {
        return quotas.ofTeams(quarter);
    }

    @Override
    public List<TeamContract> contracts() {
        return jdbc.sql("""
                SELECT c.team_code, c.vendor_code, v.name AS vendor_name, c.valid_from, c.valid_to, c.unit_price, c.deduction
                FROM organization_team_contract c JOIN organization_vendor v ON v.code = c.vendor_code
                ORDER BY c.team_code, c.valid_from""")
                .query((rs, n) -> new TeamContract(rs.getString("team_code"), rs.getString("vendor_code"),
                        rs.getString("vendor_name"), rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to").toLocalDate(), rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("deduction")))
                .list();
    }

    @Override
    public Map<String, OnDuty> onDuty(LocalDate from, LocalDate toInclusive) {
        return attendanceDays.sums(from, toInclusive);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
