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

    /* The claimed ids as an array, so that the update finds its rows by primary key. */
    private static final String DUE_SOON = """
            UPDATE casework_case SET stage_alert = 1
            WHERE id = ANY(ARRAY(
                SELECT id FROM casework_case
                WHERE stage_alert = 0 AND stage_paused_at IS NULL AND stage_yellow_at BETWEEN :from AND :now
                ORDER BY stage_yellow_at LIMIT :limit FOR UPDATE SKIP LOCKED))
            RETURNING number, stage, department_code, subdistrict_code, stage_due_at, stage_yellow_at AS reached_at""";

    private static final String OVERDUE = """
            UPDATE casework_case SET stage_alert = 2
            WHERE id = ANY(ARRAY(
                SELECT id FROM casework_case
                WHERE stage_alert < 2 AND stage_paused_at IS NULL AND stage_red_at BETWEEN :from AND :now
                ORDER BY stage_red_at LIMIT :limit FOR UPDATE SKIP LOCKED))
            RETURNING number, stage, department_code, subdistrict_code, stage_due_at, stage_red_at AS reached_at""";

    private final JdbcClient jdbc;

    StageAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} running stage clocks that show {@code light} (yellow: reached
     * the yellow threshold; red: reached the red one) at {@code now}, reached it at {@code from}
     * or later, and were not alerted for it; the earliest first. A scan claiming in batches
     * passes the last {@link StageAlert#reachedAt()} it claimed as the next {@code from}, so
     * that it never walks the clocks it alerted again. The claim belongs to the caller's
     * transaction: rolled back, the clocks are claimable again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StageAlert> claim(Light light, Instant from, Instant now, int limit) {
        String sql = switch (light) {
            case YELLOW -> DUE_SOON;
            case RED -> OVERDUE;
            case GREEN -> throw new IllegalArgumentException("Green needs no alert");
        };
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new StageAlert(rs.getString("number"), CaseStage.valueOf(rs.getString("stage")),
                        rs.getString("department_code"), rs.getString("subdistrict_code"),
                        rs.getTimestamp("stage_due_at").toInstant(), rs.getTimestamp("reached_at").toInstant()))
                .list();
    }
}
