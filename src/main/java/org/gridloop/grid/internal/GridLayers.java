package org.gridloop.grid.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the {@link GridLayer} in {@code grid_subdistrict}, {@code grid_community} and
 * {@code grid_unit_grid}, outlines as WKB.
 */
@Repository
class GridLayers {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    GridLayers(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM grid_subdistrict)").query(Boolean.class).single();
    }

    /** Stores the unit grids of the layer as the first version; its areas are imported before (see {@link AreaManagement}). */
    @Transactional
    void saveGrids(GridLayer layer) {
        jdbcTemplate.batchUpdate(
                "INSERT INTO grid_unit_grid (version_id, code, community_code, outline) VALUES (?, ?, ?, ?)",
                layer.grids().stream().map(area -> new Object[] {GridVersionStore.FIRST_VERSION, area.code(),
                        area.communityCode(), WkbPolygons.write(area.outline())}).toList());
        jdbc.sql("""
                UPDATE grid_version SET grid_count = (SELECT count(*) FROM grid_unit_grid WHERE version_id = :version),
                    community_count = (SELECT count(DISTINCT community_code) FROM grid_unit_grid WHERE version_id = :version)
                WHERE id = :version""")
                .param("version", GridVersionStore.FIRST_VERSION).update();
    }

    /** The outline of every community by its 12-digit code. */
    Map<String, Polygon> communityOutlines() {
        Map<String, Polygon> outlines = new HashMap<>();
        jdbc.sql("SELECT code, outline FROM grid_community")
                .query(rs -> {
                    outlines.put(rs.getString("code"), WkbPolygons.read(rs.getBytes("outline")));
                });
        return outlines;
    }

    /** The names of the unit grids of a version that have one, by code. */
    Map<String, String> gridNames(int version) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM grid_unit_grid WHERE version_id = :version AND name IS NOT NULL")
                .param("version", version)
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    /** Every unit grid of a version with its community and subdistrict, ordered by grid code. */
    List<IndexedGrid> indexedGrids(int version) {
        return jdbc.sql("""
                        SELECT g.code, g.outline, c.code AS community_code, c.name AS community_name,
                               s.code AS subdistrict_code, s.name AS subdistrict_name
                        FROM grid_unit_grid g
                        JOIN grid_community c ON c.code = g.community_code
                        JOIN grid_subdistrict s ON s.code = c.subdistrict_code
                        WHERE g.version_id = :version
                        ORDER BY g.code""")
                .param("version", version)
                .query((rs, row) -> new IndexedGrid(
                        new GridPlace(new GridCode(rs.getString("code")),
                                rs.getString("community_code"), rs.getString("community_name"),
                                rs.getString("subdistrict_code"), rs.getString("subdistrict_name")),
                        WkbPolygons.read(rs.getBytes("outline"))))
                .list();
    }
}
