-- A timeline entry keeps its case without a foreign key (ADR 62): the key's check, a query per
-- entry, took about as long as writing the entries themselves in a bulk import. Entries are only
-- ever written with their case in one transaction, and a case is a permanent record: it is never
-- removed and never renumbered, which these triggers make sure of.
ALTER TABLE casework_timeline_entry DROP CONSTRAINT casework_timeline_entry_case_id_fkey;

CREATE FUNCTION casework_case_is_permanent() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'cases are never removed and their ids never change';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER casework_case_permanent
    BEFORE DELETE
    ON casework_case
    FOR EACH ROW
EXECUTE FUNCTION casework_case_is_permanent();

CREATE TRIGGER casework_case_id_permanent
    BEFORE UPDATE OF id
    ON casework_case
    FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id)
EXECUTE FUNCTION casework_case_is_permanent();
