-- Kept day totals of attendance (ADR 0058): each inspector's reckoned day, counted for the team
-- they belonged to that day. Written only by the day reckoning, which replaces a day's rows as a
-- whole, so re-reckoning a day never counts it twice. The team scorecard sums these rows.
CREATE TABLE organization_attendance_day
(
    username          VARCHAR(64) NOT NULL,
    day               DATE        NOT NULL,
    team_code         VARCHAR(32) NOT NULL,
    scheduled_minutes INTEGER     NOT NULL CHECK (scheduled_minutes >= 0),
    on_duty_minutes   INTEGER     NOT NULL CHECK (on_duty_minutes >= 0 AND on_duty_minutes <= scheduled_minutes),
    reckoned_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, day)
);
CREATE INDEX organization_attendance_day_day_idx ON organization_attendance_day (day, team_code);
