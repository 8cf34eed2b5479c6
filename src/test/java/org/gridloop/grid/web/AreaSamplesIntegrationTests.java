package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample district of {@code docs/samples/} imported over HTTP on an empty installation
 * without the demo (the platform holds one district, so the samples cannot join the demo's):
 * its areas from GeoJSON, the same from CSV changing nothing, then its unit grids.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "gridloop.demo.enabled=false",
        "gridloop.admin.username=areachief",
        "gridloop.admin.password=Samples-2026-areas"})
class AreaSamplesIntegrationTests {

    @LocalServerPort
    int port;

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("docs/samples", name), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleDistrictImportsWithItsUnitGrids() throws IOException {
        ApiClient api = new ApiClient(port);
        // The first administrator replaces the configured password before anything else.
        String admin = api.post(api.token("areachief", "Samples-2026-areas"), "/api/v1/me/password",
                Map.of("currentPassword", "Samples-2026-areas", "newPassword", "Samples-2027-changed"))
                .text("token");
        assertThat(api.get(admin, "/api/v1/areas").json()).isEmpty();
        String grids = sample("grids.geojson");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(api.postRaw(admin, "/api/v1/grids/versions?label=early&effectiveFrom=2099-01-01", grids)
                .json().path("features").get(0).path("reason").asString()).isEqualTo("UNKNOWN_COMMUNITY");

        Response areas = api.postRaw(admin, "/api/v1/areas/import?label=sample", sample("areas.geojson"));
        Response fromCsv = api.postRaw(admin, "/api/v1/areas/import?format=csv", sample("areas.csv"));
        Response unitGrids = api.postRaw(admin, "/api/v1/grids/versions?label=sample&effectiveFrom=" + today, grids);

        assertThat(areas.status()).isEqualTo(201);
        assertThat(areas.json().path("revision").path("districtCode").asString()).isEqualTo("440399");
        assertThat(areas.json().path("revision").path("subdistrictCount").asInt()).isEqualTo(2);
        assertThat(areas.json().path("revision").path("communityCount").asInt()).isEqualTo(4);
        assertThat(fromCsv.status()).isEqualTo(200);
        assertThat(fromCsv.json().path("changed").asBoolean()).isFalse();
        assertThat(api.get(admin, "/api/v1/areas?level=community").json()).hasSize(4);
        assertThat(unitGrids.status()).as(unitGrids.body()).isEqualTo(201);
        assertThat(unitGrids.json().path("gridCount").asInt()).isEqualTo(8);
        Response grid = api.get(admin, "/api/v1/grids/44039900100101");
        assertThat(grid.status()).isEqualTo(200);
        assertThat(grid.text("communityName")).isEqualTo("西岭南社区");
        assertThat(grid.text("subdistrictName")).isEqualTo("西岭街道");
    }
}
