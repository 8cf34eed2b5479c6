-- A registration remembers whether its case was discarded after it, so that the shift supervisors'
-- registration accuracy is counted from the steps alone, without joining every case of the period.
ALTER TABLE evaluation_step ADD COLUMN kept BOOLEAN;

UPDATE evaluation_step s
SET kept = NOT EXISTS (SELECT 1 FROM evaluation_step d
                       WHERE d.number = s.number AND d.action = 'DISCARD' AND d.sequence > s.sequence)
WHERE s.action = 'REGISTER';

DROP INDEX evaluation_step_action_at_idx;
CREATE INDEX evaluation_step_action_at_idx ON evaluation_step (action, at)
    INCLUDE (number, returned, kept, actor, post, actor_team, task_department, on_time, outcome, handled_at,
             handled_on_time);
