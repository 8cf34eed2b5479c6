package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridloop.evaluation.internal.CaseRecord.StepRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores case records in {@code evaluation_case} and their steps in {@code evaluation_step}.
 * A record replaces the stored one unless that one was derived from a longer timeline
 * (timelines only grow), so a late or replayed refresh never takes the read model back.
 */
@Repository
class CaseRecords {

    private static final String UPSERT = """
            INSERT INTO evaluation_case (number, kind, category_code, channel, reporter, team_code, subdistrict_code,
                community_code, grid_code, status, self_handled, reported_at, registered_at, closed_at, closed_on_time,
                discarded_at, department_code, dispatches, approved_returns, reworks, stage, stage_red_at,
                stage_paused_at, case_red_at, case_paused_at, last_sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (number) DO UPDATE SET kind = EXCLUDED.kind, category_code = EXCLUDED.category_code,
                channel = EXCLUDED.channel, reporter = EXCLUDED.reporter, team_code = EXCLUDED.team_code,
                subdistrict_code = EXCLUDED.subdistrict_code,
                community_code = EXCLUDED.community_code, grid_code = EXCLUDED.grid_code, status = EXCLUDED.status,
                self_handled = EXCLUDED.self_handled, reported_at = EXCLUDED.reported_at,
                registered_at = EXCLUDED.registered_at, closed_at = EXCLUDED.closed_at,
                closed_on_time = EXCLUDED.closed_on_time,
                discarded_at = EXCLUDED.discarded_at, department_code = EXCLUDED.department_code,
                dispatches = EXCLUDED.dispatches, approved_returns = EXCLUDED.approved_returns,
                reworks = EXCLUDED.reworks, stage = EXCLUDED.stage, stage_red_at = EXCLUDED.stage_red_at,
                stage_paused_at = EXCLUDED.stage_paused_at, case_red_at = EXCLUDED.case_red_at,
                case_paused_at = EXCLUDED.case_paused_at, last_sequence = EXCLUDED.last_sequence
            WHERE evaluation_case.last_sequence <= EXCLUDED.last_sequence
            RETURNING number""";

    private static final String INSERT_STEP = """
            INSERT INTO evaluation_step (number, sequence, action, at, actor, post, actor_team, department_code,
                task_department,
                inspector, outcome, stage_ended, on_time, returned, kept, handled_at, handled_on_time, handling_seconds,
                handling_working_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Replaces the stored record of the case and its steps, unless the stored one is newer.
     * Concurrent replacements of one case wait for each other on its row.
     */
    public void replace(CaseRecord record) {
        boolean replaced = jdbc.sql(UPSERT).params(caseValues(record)).query(String.class).optional().isPresent();
        if (!replaced) {
            return;
        }
        jdbc.sql("DELETE FROM evaluation_step WHERE number = :number").param("number", record.number()).update();
        batch.batchUpdate(INSERT_STEP, record.steps().stream().map(step -> stepValues(record.number(), step).toArray())
                .toList());
    }

    private static List<Object> caseValues(CaseRecord r) {
        List<Object> values = new ArrayList<>(26);
        values.add(r.number());
        values.add(r.kind());
        values.add(r.categoryCode());
        values.add(r.channel());
        values.add(r.reporter());
        values.add(r.team());
        values.add(r.subdistrictCode());
        values.add(r.communityCode());
        values.add(r.gridCode());
        values.add(r.status());
        values.add(r.selfHandled());
        values.add(timestamp(r.reportedAt()));
        values.add(timestamp(r.registeredAt()));
        values.add(timestamp(r.closedAt()));
        values.add(r.closedOnTime());
        values.add(timestamp(r.discardedAt()));
        values.add(r.department());
        values.add(r.dispatches());
        values.add(r.approvedReturns());
        values.add(r.reworks());
        values.add(r.stage());
        values.add(timestamp(r.stageRedAt()));
        values.add(timestamp(r.stagePausedAt()));
        values.add(timestamp(r.caseRedAt()));
        values.add(timestamp(r.casePausedAt()));
        values.add(r.lastSequence());
        return values;
    }

    private static List<Object> stepValues(String number, StepRecord s) {
        List<Object> values = new ArrayList<>(19);
        values.add(number);
        values.add(s.sequence());
        values.add(s.action());
        values.add(timestamp(s.at()));
        values.add(s.actor());
        values.add(s.post());
        values.add(s.actorTeam());
        values.add(s.department());
        values.add(s.taskDepartment());
        values.add(s.inspector());
        values.add(s.outcome());
        values.add(s.stageEnded());
        values.add(s.onTime());
        values.add(s.returned());
        values.add(s.kept());
        values.add(timestamp(s.handledAt()));
        values.add(s.handledOnTime());
        values.add(s.handlingSeconds());
        values.add(s.handlingWorkingSeconds());
        return values;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
