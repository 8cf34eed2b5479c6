package org.gridloop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class GridIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GridLookup lookup;

    @Autowired
    GridDirectory directory;

    record StoredGrid(String code, String communityCode, String communityName, String subdistrictCode,
            String subdistrictName, double interiorLongitude, double interiorLatitude) {
    }

    @Test
    void seedsTheDemoDistrict() {
        assertThat(count("grid_subdistrict")).isEqualTo(13);
        assertThat(count("grid_community")).isBetween(90, 110);
        assertThat(count("grid_unit_grid")).isEqualTo(2_690);
        assertThat(directory.versions()).first().satisfies(version -> {
            assertThat(version.id()).isEqualTo(1);
            assertThat(version.gridCount()).isEqualTo(2_690);
            assertThat(version.communityCount()).isEqualTo(count("grid_community"));
        });
        assertThat(directory.versionInEffect().id()).isEqualTo(1);
    }

    @Test
    void placesAnInteriorPointOfEveryStoredGridInThatGrid() {
        List<StoredGrid> grids = storedGridsWithInteriorPoints();

        assertThat(grids).hasSize(2_690);
        for (StoredGrid grid : grids) {
            GridPlace expected = new GridPlace(new GridCode(grid.code()), grid.communityCode(), grid.communityName(),
                    grid.subdistrictCode(), grid.subdistrictName());
            assertThat(lookup.locate(grid.interiorLatitude(), grid.interiorLongitude())).as(grid.code())
                    .contains(expected);
        }
    }

    @Test
    void listsSubdistrictsByCodeAndTheirCommunities() {
        List<Subdistrict> subdistricts = directory.subdistricts();

        assertThat(subdistricts).hasSize(13);
        assertThat(subdistricts.get(0)).isEqualTo(new Subdistrict("440307001", "平湖"));
        assertThat(subdistricts.get(12)).isEqualTo(new Subdistrict("440307013", "南澳"));
        List<Community> communities = directory.communities("440307001");
        assertThat(communities).isNotEmpty().extracting(Community::code)
                .isSorted().allMatch(code -> code.startsWith("440307001"));
        assertThat(directory.communities("440307999")).isEmpty();
    }

    @Test
    void drawsOutlinesAsGeoJsonPolygonsInLongitudeLatitudeOrder() {
        String grid = directory.outlineGeoJson(new GridCode("44030700100101")).orElseThrow();

        assertThat(grid).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[114.");
        assertThat(grid).containsPattern(",22\\.\\d+]");
        assertThat(directory.communityOutlineGeoJson("440307001001")).get().asString().startsWith("{\"type\":\"Polygon\"");
        assertThat(directory.subdistrictOutlineGeoJson("440307013")).get().asString().startsWith("{\"type\":\"Polygon\"");
        assertThat(directory.outlineGeoJson(new GridCode("44030709999999"))).isEmpty();
        assertThat(directory.grid(new GridCode("44030700100101"))).get()
                .extracting(GridPlace::communityCode).isEqualTo("440307001001");
        assertThat(directory.grid(new GridCode("44030709999999"))).isEmpty();
        assertThat(directory.communityOutlineGeoJson("440307999999")).isEmpty();
    }

    private List<StoredGrid> storedGridsWithInteriorPoints() {
        return jdbc.sql("""
                        SELECT g.code, c.code AS community_code, c.name AS community_name,
                               s.code AS subdistrict_code, s.name AS subdistrict_name, g.outline
                        FROM grid_unit_grid g
                        JOIN grid_community c ON c.code = g.community_code
                        JOIN grid_subdistrict s ON s.code = c.subdistrict_code
                        WHERE g.version_id = 1
                        ORDER BY g.code""")
                .query((rs, row) -> {
                    Point inside = readWkb(rs.getBytes("outline")).getInteriorPoint();
                    return new StoredGrid(rs.getString("code"), rs.getString("community_code"),
                            rs.getString("community_name"), rs.getString("subdistrict_code"),
                            rs.getString("subdistrict_name"), inside.getX(), inside.getY());
                })
                .list();
    }

    private static Geometry readWkb(byte[] wkb) {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
