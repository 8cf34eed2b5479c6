-- Which team each inspector belonged to when (ADR 0054): evaluation counts a report for the team
-- its reporter belonged to when reporting. A membership runs from joined_at (included) to left_at
-- (excluded, NULL while it lasts). An inspector's first membership reaches back without limit, so
-- reports made before anyone recorded a team (imported history) count for the first known team.
-- The trigger keeps the history from organization_inspector, whatever writes to it.
CREATE TABLE organization_team_membership
(
    username  VARCHAR(64) NOT NULL,
    team_code VARCHAR(32) NOT NULL REFERENCES organization_inspector_team (code),
    joined_at TIMESTAMPTZ NOT NULL,
    left_at   TIMESTAMPTZ,
    CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE INDEX organization_team_membership_username_idx ON organization_team_membership (username, joined_at);
CREATE UNIQUE INDEX organization_team_membership_open_idx ON organization_team_membership (username)
    WHERE left_at IS NULL;

INSERT INTO organization_team_membership (username, team_code, joined_at)
SELECT username, team_code, '-infinity' FROM organization_inspector WHERE active;

CREATE FUNCTION organization_team_membership_track() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.active
            AND (TG_OP = 'DELETE' OR NOT NEW.active OR NEW.team_code <> OLD.team_code) THEN
        UPDATE organization_team_membership SET left_at = greatest(joined_at, now())
        WHERE username = OLD.username AND left_at IS NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.active
            AND (TG_OP = 'INSERT' OR NOT OLD.active OR NEW.team_code <> OLD.team_code) THEN
        INSERT INTO organization_team_membership (username, team_code, joined_at)
        SELECT NEW.username, NEW.team_code,
               CASE WHEN EXISTS (SELECT 1 FROM organization_team_membership WHERE username = NEW.username)
                    THEN now() ELSE '-infinity' END;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_team_membership_track
    AFTER INSERT OR UPDATE OR DELETE ON organization_inspector
    FOR EACH ROW EXECUTE FUNCTION organization_team_membership_track();
