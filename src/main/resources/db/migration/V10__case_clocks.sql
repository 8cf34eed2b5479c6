-- The clocks of a case (计时): the stage it is in and, from registration to close, the whole case.
-- The light of a clock is computed from these instants (at the pause, while paused), never stored.
ALTER TABLE casework_case
    ADD COLUMN urgency          VARCHAR(8) CHECK (urgency IN ('URGENT', 'NORMAL')),
    ADD COLUMN condition        VARCHAR(64),
    ADD COLUMN stage            VARCHAR(16),
    ADD COLUMN stage_started_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN stage_yellow_at  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN stage_red_at     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN stage_due_at     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN stage_natural    BOOLEAN,
    ADD COLUMN stage_paused_at  TIMESTAMP WITH TIME ZONE,
    -- Alerts the supervision scan raised for the running stage: 0 none, 1 due soon, 2 overdue.
    ADD COLUMN stage_alert      SMALLINT NOT NULL DEFAULT 0 CHECK (stage_alert BETWEEN 0 AND 2),
    ADD COLUMN case_started_at  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN case_yellow_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN case_red_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN case_due_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN case_natural     BOOLEAN,
    ADD COLUMN case_paused_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN closed_on_time   BOOLEAN;

-- The supervision scan: running stage clocks by the instant they turn yellow and red. stage_alert
-- is in no index, so that marking a clock alerted is a heap-only update; the free space that
-- needs is left on every page.
CREATE INDEX casework_case_stage_yellow_idx ON casework_case (stage_yellow_at) WHERE stage_paused_at IS NULL;
CREATE INDEX casework_case_stage_red_idx ON casework_case (stage_red_at) WHERE stage_paused_at IS NULL;
ALTER TABLE casework_case SET (fillfactor = 90);

-- The stage whose clock a step stopped, and whether it kept its limit then: history that later
-- changes of the limits never rewrite.
ALTER TABLE casework_timeline_entry
    ADD COLUMN stage   VARCHAR(16),
    ADD COLUMN on_time BOOLEAN;
