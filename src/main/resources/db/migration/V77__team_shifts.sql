-- The shift schedule (排班) of each inspector team: working periods per weekday in Asia/Shanghai,
-- applied on the working days of the working calendar only (the default) or on every day (ADR 42).
CREATE TABLE organization_team_shift_schedule
(
    team_code         VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES organization_inspector_team (code),
    working_days_only BOOLEAN     NOT NULL DEFAULT TRUE,
    version           INT         NOT NULL DEFAULT 0
);

-- weekday: ISO 8601, 1 = Monday … 7 = Sunday. Periods of one weekday do not overlap.
CREATE TABLE organization_team_shift_period
(
    team_code VARCHAR(32) NOT NULL REFERENCES organization_team_shift_schedule (team_code) ON DELETE CASCADE,
    weekday   SMALLINT    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at TIME        NOT NULL,
    ends_at   TIME        NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (team_code, weekday, starts_at)
);
