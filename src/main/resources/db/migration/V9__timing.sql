-- Versions of the working week (工作日历). The version with the latest valid_from that covers
-- a day decides its working periods.
CREATE TABLE timing_calendar
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    valid_from DATE         NOT NULL UNIQUE CHECK (valid_from >= DATE '2000-01-01'),
    valid_to   DATE CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- Working periods of each weekday (1 = Monday … 7 = Sunday) of a version; none on a rest day.
CREATE TABLE timing_working_period
(
    calendar_id BIGINT   NOT NULL REFERENCES timing_calendar (id) ON DELETE CASCADE,
    day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at   TIME     NOT NULL,
    ends_at     TIME     NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (calendar_id, day_of_week, starts_at)
);

-- Official holidays (a day off) and make-up working days (调休上班), whatever the weekday.
CREATE TABLE timing_special_day
(
    day  DATE         NOT NULL PRIMARY KEY,
    kind VARCHAR(16)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name VARCHAR(100) NOT NULL
);

-- Reference data loaded once per installation (the bundled holidays, the handling limits of a scheme).
CREATE TABLE timing_seed
(
    name      VARCHAR(100)             NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Time limit of each workflow stage, by the instant it takes effect.
CREATE TABLE timing_stage_limit
(
    stage          VARCHAR(32)              NOT NULL,
    amount         INT                      NOT NULL CHECK (amount > 0),
    unit           VARCHAR(32)              NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (stage, effective_from)
);

-- Handling limit per class (or major class, or '*' for any class of the kind) × registration
-- condition × urgency, by the instant it takes effect.
CREATE TABLE timing_handling_limit
(
    scheme         VARCHAR(32)              NOT NULL,
    kind           VARCHAR(16)              NOT NULL CHECK (kind IN ('ASSET', 'INCIDENT')),
    category_code  VARCHAR(16)              NOT NULL,
    condition      VARCHAR(64)              NOT NULL,
    urgency        VARCHAR(16)              NOT NULL CHECK (urgency IN ('URGENT', 'NORMAL')),
    amount         INT                      NOT NULL CHECK (amount > 0),
    unit           VARCHAR(32)              NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    source         VARCHAR(300)             NOT NULL,
    PRIMARY KEY (scheme, kind, category_code, condition, urgency, effective_from)
);

-- The default working week: Monday to Friday, 09:00–12:00 and 14:00–18:00.
INSERT INTO timing_calendar (name, valid_from) VALUES ('默认工作日历', DATE '2000-01-01');
INSERT INTO timing_working_period (calendar_id, day_of_week, starts_at, ends_at)
SELECT c.id, d.day, p.starts_at, p.ends_at
FROM timing_calendar c,
     generate_series(1, 5) AS d(day),
     (VALUES (TIME '09:00', TIME '12:00'), (TIME '14:00', TIME '18:00')) AS p(starts_at, ends_at);

-- Default stage limits in working minutes, in effect since always.
INSERT INTO timing_stage_limit (stage, amount, unit, effective_from)
VALUES ('ACCEPT', 10, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('VERIFY', 30, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('REGISTER', 10, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('DISPATCH', 10, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('REQUEST_CHECK', 10, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('CHECK', 30, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z'),
       ('CLOSE', 10, 'WORKING_MINUTES', TIMESTAMPTZ '1970-01-01T00:00:00Z');
