package org.gridloop.grid.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.grid.Community;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the directory from the grid tables; outlines are converted from WKB on each call. */
@Service
class JdbcGridDirectory implements GridDirectory {

    private final JdbcClient jdbc;

    JdbcGridDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return outline("SELECT outline FROM grid_unit_grid WHERE code = :code", grid.value());
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
