-- The evaluation read model (ADR 0049): one row per case and one per timeline step, each case's
-- rows replaced from its timeline whenever a case event names it. Derived data only: a rebuild
-- recomputes every row from the timelines.
CREATE TABLE evaluation_case
(
    number              VARCHAR(20)              NOT NULL PRIMARY KEY,
    kind                VARCHAR(16)              NOT NULL,
    category_code       VARCHAR(64)              NOT NULL,
    channel             VARCHAR(16)              NOT NULL,
    reporter            VARCHAR(64),
    -- the team the reporting inspector belonged to when reporting, if any
    team_code           VARCHAR(32),
    subdistrict_code    VARCHAR(64),
    community_code      VARCHAR(64),
    grid_code           VARCHAR(64),
    status              VARCHAR(32)              NOT NULL,
    self_handled        BOOLEAN                  NOT NULL,
    reported_at         TIMESTAMPTZ              NOT NULL,
    registered_at       TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    -- whether the case closed within its case limit (按期结案)
    closed_on_time      BOOLEAN,
    discarded_at        TIMESTAMPTZ,
    -- the department of the last dispatch, NULL before any
    department_code     VARCHAR(64),
    dispatches          INT                      NOT NULL,
    approved_returns    INT                      NOT NULL,
    reworks             INT                      NOT NULL,
    -- the running clocks as of the last step, for what is overdue now
    stage               VARCHAR(32),
    stage_red_at        TIMESTAMPTZ,
    stage_paused_at     TIMESTAMPTZ,
    case_red_at         TIMESTAMPTZ,
    case_paused_at      TIMESTAMPTZ,
    -- the sequence of the last step the rows were computed from; a refresh never goes back
    last_sequence       INT                      NOT NULL
);

CREATE INDEX evaluation_case_reported_idx ON evaluation_case (reported_at) INCLUDE (channel);
CREATE INDEX evaluation_case_registered_idx ON evaluation_case (registered_at) INCLUDE (channel, closed_at, discarded_at)
    WHERE registered_at IS NOT NULL;
CREATE INDEX evaluation_case_open_idx ON evaluation_case (number) INCLUDE (stage_red_at, stage_paused_at, case_red_at, case_paused_at)
    WHERE status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED');

CREATE TABLE evaluation_step
(
    number                   VARCHAR(20)              NOT NULL REFERENCES evaluation_case (number) ON DELETE CASCADE,
    sequence                 INT                      NOT NULL,
    action                   VARCHAR(32)              NOT NULL,
    at                       TIMESTAMPTZ              NOT NULL,
    actor                    VARCHAR(64)              NOT NULL,
    post                     VARCHAR(32)              NOT NULL,
    -- for a step done as an inspector: the team the inspector belonged to then, if any
    actor_team               VARCHAR(32),
    department_code          VARCHAR(64),
    -- the department of the last dispatch at or before this step, NULL before any
    task_department          VARCHAR(64),
    inspector                VARCHAR(64),
    outcome                  VARCHAR(16),
    stage_ended              VARCHAR(32),
    on_time                  BOOLEAN,
    -- a dispatch: whether an approved return followed it before the next dispatch
    returned                 BOOLEAN,
    -- a dispatch: its first handling report before the next dispatch, and whether that was on time
    handled_at               TIMESTAMPTZ,
    handled_on_time          BOOLEAN,
    -- a handling report: the time since the last dispatch before it, on the clock and on the working calendar
    handling_seconds         BIGINT,
    handling_working_seconds BIGINT,
    PRIMARY KEY (number, sequence)
);

-- Steps by what was done and when, with what the figures and scorecards count them by, and
-- handling reports with their times, both read index-only.
CREATE INDEX evaluation_step_action_at_idx ON evaluation_step (action, at)
    INCLUDE (number, returned, actor, post, actor_team, task_department, on_time, outcome, handled_at, handled_on_time);
CREATE INDEX evaluation_step_handled_idx ON evaluation_step (at)
    INCLUDE (number, sequence, handling_seconds, handling_working_seconds) WHERE action = 'REPORT_HANDLED';

-- A full recomputation of the read model asked for by an administrator, and how far it got.
CREATE TABLE evaluation_rebuild
(
    id           BIGSERIAL                NOT NULL PRIMARY KEY,
    state        VARCHAR(16)              NOT NULL,
    done         BIGINT                   NOT NULL DEFAULT 0,
    total        BIGINT                   NOT NULL,
    requested_by VARCHAR(64)              NOT NULL,
    requested_at TIMESTAMPTZ              NOT NULL,
    updated_at   TIMESTAMPTZ              NOT NULL,
    finished_at  TIMESTAMPTZ
);

-- The evaluation models (考评模型, ADR 0054): weights, grade and count bands and the difficulty
-- weighting as one document, each version in force from its day until the next version's day.
-- Versions are only added, never changed, so a past period is scored again as it was.
CREATE TABLE evaluation_model
(
    version        INT                      NOT NULL PRIMARY KEY,
    effective_from DATE                     NOT NULL,
    document       JSONB                    NOT NULL,
    created_by     VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMPTZ              NOT NULL
);
CREATE INDEX evaluation_model_effective_idx ON evaluation_model (effective_from, version);
