-- The team's lead (队长), chosen by the administrator among the team's active members; NULL
-- while none is chosen, and then the first active member by username stands in (ADR 0046).
-- Removing the lead from the members clears it in the same transaction.
ALTER TABLE organization_inspector_team
    ADD COLUMN lead_username VARCHAR(64) REFERENCES organization_inspector (username);
