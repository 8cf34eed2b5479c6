-- The audit log (操作日志): every administrative change and every sign-in, who made it, when, from
-- which address, on what, and the object before and after. Entries are never changed or removed.
CREATE TABLE audit_entry
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64)              NOT NULL,
    address   VARCHAR(64),
    object    VARCHAR(32)              NOT NULL,
    object_id VARCHAR(200)             NOT NULL,
    action    VARCHAR(32)              NOT NULL,
    before    JSONB,
    after     JSONB
);

-- Read newest first (by id) within a period, per actor or per object: the filters of the audit page.
CREATE INDEX audit_entry_by_time ON audit_entry (at);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, id);
CREATE INDEX audit_entry_by_object ON audit_entry (object, object_id, id);

CREATE FUNCTION audit_entry_is_immutable() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'audit entries are never changed or removed';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_immutable
    BEFORE UPDATE OR DELETE
    ON audit_entry
    FOR EACH ROW
EXECUTE FUNCTION audit_entry_is_immutable();
