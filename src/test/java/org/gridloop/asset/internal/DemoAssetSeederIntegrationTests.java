package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.gridloop.grid.GridLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoAssetSeederIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GridLookup grids;

    @Autowired
    AssetLocator locator;

    @Autowired
    IndexedAssetLocator index;

    @Test
    void registersAboutTwoHundredThousandAssetsOverEveryGrid() {
        long assets = jdbc.sql("SELECT count(*) FROM asset_register").query(Long.class).single();
        long grids = jdbc.sql("SELECT count(DISTINCT grid_code) FROM asset_register").query(Long.class).single();

        assertThat(assets).isBetween(199_000L, 200_000L);
        assertThat(grids).isGreaterThan(2_600L);
        assertThat(index.size()).isEqualTo((int) assets);
    }

    @Test
    void placesEveryAssetInsideItsGrid() {
        List<Asset> sample = jdbc.sql("SELECT * FROM asset_register ORDER BY identifier LIMIT 5000")
                .query((rs, row) -> AssetRecords.asset(rs)).list();

        for (Asset asset : sample) {
            assertThat(grids.locate(asset.latitude(), asset.longitude())).as(asset.identifier().value())
                    .hasValueSatisfying(place -> assertThat(place.grid().value()).isEqualTo(asset.gridCode()));
            assertThat(locator.find(asset.identifier())).contains(asset);
        }
    }

    @Test
    void weightsCommonClassesAndKeepsMostAssetsIntact() {
        Map<String, Long> byName = jdbc.sql("SELECT name, count(*) AS n FROM asset_register GROUP BY name")
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long intact = jdbc.sql("SELECT count(*) FROM asset_register WHERE status = 'INTACT'").query(Long.class).single();

        assertThat(byName.get("路灯")).isGreaterThan(10 * byName.get("旗杆"));
        assertThat(byName.get("污水井盖")).isGreaterThan(3 * byName.get("旗杆"));
        assertThat(intact).isGreaterThan(180_000L);
    }

    @Test
    void givesTheSupervisingDepartmentOfTheClassAndContinuesTheSequences() {
        String lampDepartment = jdbc.sql("SELECT DISTINCT department_code FROM asset_register WHERE class_code = '01037'")
                .query(String.class).single();
        int highest = jdbc.sql("SELECT max(right(identifier, 6)::int) FROM asset_register WHERE class_code = '01037'")
                .query(Integer.class).single();
        int sequence = jdbc.sql("SELECT last_value FROM asset_sequence WHERE admin_code = '440307' AND class_code = '01037'")
                .query(Integer.class).single();

        assertThat(lampDepartment).isEqualTo("lighting");
        assertThat(sequence).isEqualTo(highest);
        assertThat(new AssetIdentifier(jdbc.sql("SELECT min(identifier) FROM asset_register WHERE class_code = '01037'")
                .query(String.class).single()).sequence()).isEqualTo(1);
    }
}
