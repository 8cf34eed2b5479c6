package org.gridloop.grid.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.grid.Community;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.gridloop.grid.Subdistrict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the areas from the grid tables (outlines converted from WKB on each call) and the unit
 * grids from the in-memory indexes of the version in effect.
 */
@Service
class JdbcGridDirectory implements GridDirectory {

    private final JdbcClient jdbc;
    private final SpatialGridLookup grids;

    JdbcGridDirectory(JdbcClient jdbc, SpatialGridLookup grids) {
        this.jdbc = jdbc;
        this.grids = grids;
    }

    @Override
    public List<GridVersion> versions() {
        return grids.versions();
    }

    @Override
    public GridVersion versionInEffect() {
        return grids.inEffect().map(Version::version)
                .orElseThrow(() -> new IllegalStateException("No grid version is in effect"));
    }

    @Override
    public Optional<GridPlace> grid(GridCode grid) {
        return grids.inEffect().flatMap(version -> version.grid(grid.value())).map(IndexedGrid::place);
    }

    @Override
    public List<Subdistrict> subdistricts() {
        return jdbc.sql("SELECT code, name FROM grid_subdistrict ORDER BY code")
                .query((rs, row) -> new Subdistrict(rs.getString("code"), rs.getString("name")))
                .list();
    }

    @Override
    public List<Community> communities(String subdistrictCode) {
        return jdbc.sql("SELECT code, name FROM grid_community WHERE subdistrict_code = :subdistrict ORDER BY code")
                .param("subdistrict", subdistrictCode)
                .query((rs, row) -> new Community(rs.getString("code"), rs.getString("name")))
                .list();
    }

    @Override
    public Optional<String> outlineGeoJson(GridCode grid) {
        return grids.inEffect().flatMap(version -> version.grid(grid.value()))
                .map(indexed -> GeoJsonPolygons.toGeoJson(indexed.outline()));
    }

    @Override
    public Optional<String> communityOutlineGeoJson(String communityCode) {
        return outline("SELECT outline FROM grid_community WHERE code = :code", communityCode);
    }

    @Override
    public Optional<String> subdistrictOutlineGeoJson(String subdistrictCode) {
        return outline("SELECT outline FROM grid_subdistrict WHERE code = :code", subdistrictCode);
    }

    private Optional<String> outline(String sql, String code) {
        return jdbc.sql(sql).param("code", code).query(byte[].class).optional()
                .map(WkbPolygons::read)
                .map(GeoJsonPolygons::toGeoJson);
    }
}
