package org.gridloop.organization.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridloop.grid.InspectorRoster;
import org.gridloop.organization.InspectorTeams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspector teams stored in {@code organization_inspector_team}. Tasks are spread over the
 * active inspectors of a subdistrict in turn (round robin by username), counted in memory per
 * subdistrict: on several nodes, each node takes its own turns, which still spreads evenly.
 * It is also the roster the grid module assigns work grids from.
 */
@Service
class JdbcInspectorTeams implements InspectorTeams, InspectorRoster {

    private final JdbcClient jdbc;
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    JdbcInspectorTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> inspectorFor(String subdistrictCode) {
        List<String> inspectors = members(subdistrictCode);
        if (inspectors.isEmpty()) {
            return Optional.empty();
        }
        int turn = turns.computeIfAbsent(subdistrictCode, code -> new AtomicInteger()).getAndIncrement();
        return Optional.of(inspectors.get(Math.floorMod(turn, inspectors.size())));
    }

    @Override
    public List<String> members(String subdistrictCode) {
        return jdbc.sql("""
                SELECT i.username FROM organization_inspector i
                JOIN organization_inspector_team t ON t.code = i.team_code
                WHERE t.subdistrict_code = :subdistrict AND i.active
                ORDER BY i.username""")
                .param("subdistrict", subdistrictCode)
                .query(String.class).list();
    }

    /**
     * The lead (队长) the administrator chose for the subdistrict's team, while an active member of
     * it; of several teams of the subdistrict, the first by code that has one.
     */
    Optional<String> chosenLead(String subdistrictCode) {
        return jdbc.sql("""
                SELECT t.lead_username FROM organization_inspector_team t
                JOIN organization_inspector i ON i.username = t.lead_username AND i.team_code = t.code AND i.active
                WHERE t.subdistrict_code = :subdistrict
                ORDER BY t.code LIMIT 1""")
                .param("subdistrict", subdistrictCode)
                .query(String.class).optional();
    }

    @Override
    public List<String> inspectors(String subdistrictCode) {
        return members(subdistrictCode);
    }

    @Override
    public boolean outsourced(String subdistrictCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_inspector_team WHERE subdistrict_code = :subdistrict "
                + "AND model = 'OUTSOURCED')").param("subdistrict", subdistrictCode).query(Boolean.class).single();
    }

    @Override
    public boolean isInspector(String username) {
        return jdbc.sql("SELECT count(*) FROM organization_inspector WHERE username = :username AND active")
                .param("username", username).query(Integer.class).single() > 0;
    }
}
