-- Coding schemes of the category dictionary. A scheme's code structure (digits of the major
-- and of the minor code) is declared here; the classes are imported from a CSV file at start.
CREATE TABLE catalog_scheme
(
    id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    source_label VARCHAR(100) NOT NULL UNIQUE,
    major_digits SMALLINT     NOT NULL CHECK (major_digits > 0),
    minor_digits SMALLINT     NOT NULL CHECK (minor_digits > 0)
);

INSERT INTO catalog_scheme (id, source_label, major_digits, minor_digits)
VALUES ('GB/T 47678.5-2026', 'GB/T 47678.5-2026', 2, 3),
       ('CJ/T 214-2007', 'CJ/T 214-2007 (as deployed)', 2, 2);

-- Asset classes (部件) and incident types (事件) of each scheme.
CREATE TABLE catalog_class
(
    scheme_id                    VARCHAR(32)  NOT NULL REFERENCES catalog_scheme (id),
    kind                         VARCHAR(16)  NOT NULL CHECK (kind IN ('ASSET', 'INCIDENT')),
    code                         VARCHAR(16)  NOT NULL,
    major_code                   VARCHAR(8)   NOT NULL,
    major_name                   VARCHAR(100) NOT NULL,
    name                         VARCHAR(100) NOT NULL,
    handling_time_limit_examples TEXT         NOT NULL,
    department_type              VARCHAR(200) NOT NULL,
    department_basis             VARCHAR(100) NOT NULL,
    source_ref                   VARCHAR(100) NOT NULL,
    confidence                   VARCHAR(32)  NOT NULL,
    notes                        TEXT         NOT NULL,
    PRIMARY KEY (scheme_id, kind, code)
);

-- The scheme in force on this platform (a single row).
CREATE TABLE catalog_active_scheme
(
    singleton    BOOLEAN                  NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    scheme_id    VARCHAR(32)              NOT NULL REFERENCES catalog_scheme (id),
    activated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
