package org.gridloop.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims the stage clocks that turned yellow (due soon) or red (overdue) and were not alerted
 * yet, marking them alerted in the same statement. Rows another node is claiming are skipped
 * ({@code FOR UPDATE SKIP LOCKED}) and a claimed row is marked before the claim commits, so each
 * stage is alerted once per light however many nodes scan. A later step that starts a new stage,
 * or moves its deadlines later, clears the marks it no longer deserves.
 */
@Repository
public class StageAlerts {

    private static final String DUE_SOON = """
            WITH claimed AS (
                SELECT id FROM casework_case
                WHERE stage_alert = 0 AND stage_paused_at IS NULL AND stage_yellow_at <= :now
                ORDER BY stage_yellow_at LIMIT :limit FOR UPDATE SKIP LOCKED)
            UPDATE casework_case c SET stage_alert = 1 FROM claimed WHERE c.id = claimed.id
            RETURNING c.number, c.stage, c.department_code, c.subdistrict_code, c.stage_due_at""";

    private static final String OVERDUE = """
            WITH claimed AS (
                SELECT id FROM casework_case
                WHERE stage_alert < 2 AND stage_paused_at IS NULL AND stage_red_at <= :now
                ORDER BY stage_red_at LIMIT :limit FOR UPDATE SKIP LOCKED)
            UPDATE casework_case c SET stage_alert = 2 FROM claimed WHERE c.id = claimed.id
            RETURNING c.number, c.stage, c.department_code, c.subdistrict_code, c.stage_due_at""";

    private final JdbcClient jdbc;

    StageAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} running stage clocks that show {@code light} (yellow: reached
     * the yellow threshold; red: reached the red one) at {@code now} and were not alerted for it.
     * The claim belongs to the caller's transaction: rolled back, the clocks are claimable again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StageAlert> claim(Light light, Instant now, int limit) {
        String sql = switch (light) {
            case YELLOW -> DUE_SOON;
            case RED -> OVERDUE;
            case GREEN -> throw new IllegalArgumentException("Green needs no alert");
        };
        return jdbc.sql(sql).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new StageAlert(rs.getString("number"), CaseStage.valueOf(rs.getString("stage")),
                        light, rs.getString("department_code"), rs.getString("subdistrict_code"),
                        rs.getTimestamp("stage_due_at").toInstant()))
                .list();
    }
}
