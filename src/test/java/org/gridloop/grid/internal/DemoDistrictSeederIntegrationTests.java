package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoDistrictSeederIntegrationTests {

    @Autowired
    DemoDistrictSeeder seeder;

    @Autowired
    GridLookup lookup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void leavesAnExistingDistrictAsItIs() {
        String before = fingerprint();

        seeder.run(new DefaultApplicationArguments());

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM grid_unit_grid WHERE version_id = 1").query(Integer.class).single()).isEqualTo(2_690);
    }

    @Test
    void storesTheGeneratedDistrictExactly() {
        GridLayer generated = DemoDistrictFixtures.demoDistrict();

        assertThat(fingerprint()).isEqualTo(jdbc.sql("SELECT md5(:joined)")
                .param("joined", String.join(",", generated.grids().stream()
                        .map(grid -> grid.code() + HexFormat.of().formatHex(WkbPolygons.write(grid.outline())))
                        .toList()))
                .query(String.class).single());
        assertThat(lookup.locate(22.70, 114.13)).get()
                .extracting(GridPlace::subdistrictName).isEqualTo("平湖");
    }

    private String fingerprint() {
        return jdbc.sql("SELECT md5(string_agg(code || encode(outline, 'hex'), ',' ORDER BY code)) FROM grid_unit_grid WHERE version_id = 1")
                .query(String.class).single();
    }
}
