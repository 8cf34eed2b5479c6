package org.gridloop.grid.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the unit grids in {@code grid_version}, their grids in {@code grid_unit_grid}. */
@Repository
class GridVersionStore {

    /** The grids stored before versions existed, in effect since the start. */
    static final int FIRST_VERSION = 1;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    GridVersionStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Every version, oldest effective instant first. */
    /** Changes whenever a version is added, removed or moved to another effective instant. */
    String fingerprint() {
        return jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(id || '@' || effective_from, ',' ORDER BY id)), '')"
                + " FROM grid_version").query(String.class).single();
    }

    List<GridVersion> versions() {
        return jdbc.sql("""
                SELECT id, label, effective_from, imported_at, imported_by, grid_count, community_count
                FROM grid_version ORDER BY effective_from""")
                .query((rs, row) -> new GridVersion(rs.getInt("id"), rs.getString("label"),
                        rs.getTimestamp("effective_from").toInstant(), rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"), rs.getInt("grid_count"), rs.getInt("community_count")))
                .list();
    }

    boolean hasVersionAt(Instant effectiveFrom) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM grid_version WHERE effective_from = :at)")
                .param("at", Timestamp.from(effectiveFrom)).query(Boolean.class).single();
    }

    /**
     * Stores a new version with its grids in one transaction.
     *
     * @return the new version
     */
    @Transactional
    GridVersion add(String label, Instant effectiveFrom, Instant importedAt, String importedBy,
            List<UnitGridArea> grids) {
        jdbc.sql("LOCK TABLE grid_version IN EXCLUSIVE MODE").update();
        int id = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM grid_version").query(Integer.class).single();
        int communities = (int) grids.stream().map(UnitGridArea::communityCode).distinct().count();
        jdbc.sql("""
                INSERT INTO grid_version (id, label, effective_from, imported_at, imported_by, grid_count, community_count)
                VALUES (:id, :label, :effectiveFrom, :importedAt, :importedBy, :grids, :communities)""")
                .param("id", id).param("label", label)
                .param("effectiveFrom", Timestamp.from(effectiveFrom)).param("importedAt", Timestamp.from(importedAt))
                .param("importedBy", importedBy).param("grids", grids.size()).param("communities", communities)
                .update();
        jdbcTemplate.batchUpdate(
                "INSERT INTO grid_unit_grid (version_id, code, community_code, name, outline) VALUES (?, ?, ?, ?, ?)",
                grids.stream().map(grid -> new Object[] {id, grid.code(), grid.communityCode(), grid.name(),
                        WkbPolygons.write(grid.outline())}).toList());
        return new GridVersion(id, label, effectiveFrom, importedAt, importedBy, grids.size(), communities);
    }
}
