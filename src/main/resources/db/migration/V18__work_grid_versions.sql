-- Work grids are edited by administrators: every change of a work grid (name, unit grids,
-- inspectors) raises its version, and an edit names the version it was based on, so that of
-- two concurrent edits the second is refused instead of silently overwriting the first.
ALTER TABLE grid_work_grid ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);
