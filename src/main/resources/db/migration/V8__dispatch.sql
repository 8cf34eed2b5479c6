-- Routing rules: which department a class of the active scheme goes to, optionally in one
-- subdistrict. A rule names either an exact class or a major class (大类). The most specific
-- matching rule wins: exact class + subdistrict > exact class > major class + subdistrict >
-- major class; without any, the territorial fallback department takes the case.
CREATE TABLE dispatch_routing_rule
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id        VARCHAR(32) NOT NULL,
    category_kind    VARCHAR(16) NOT NULL CHECK (category_kind IN ('ASSET', 'INCIDENT')),
    class_code       VARCHAR(16),
    major_code       VARCHAR(8),
    subdistrict_code VARCHAR(9),
    department_code  VARCHAR(32) NOT NULL,
    CHECK ((class_code IS NULL) <> (major_code IS NULL))
);
CREATE UNIQUE INDEX dispatch_routing_rule_match_idx ON dispatch_routing_rule
    (scheme_id, category_kind, COALESCE(class_code, ''), COALESCE(major_code, ''), COALESCE(subdistrict_code, ''));
