package org.gridloop.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.ApiClient;
import org.gridloop.asset.internal.AssetMapLayer;
import org.gridloop.grid.BoundingBox;
import org.gridloop.asset.internal.IndexedAssetLocator;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The asset layer of the command map: clusters below zoom 17, assets from 17, bad input refused. */
@HttpIntegrationTest
class AssetMapIntegrationTests {

    private static final String DISTRICT = "113.9,22.4,114.8,23.0";

    @LocalServerPort
    int port;

    @Autowired
    IndexedAssetLocator locator;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String token;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        token = api.token("leader");
    }

    @Test
    void clustersTheWholeDistrictAtCityZoomCountingEveryAssetInTheField() {
        ApiClient.Response layer = api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=11");

        assertThat(layer.status()).isEqualTo(200);
        assertThat(layer.text("type")).isEqualTo("FeatureCollection");
        JsonNode features = layer.json().path("features");
        assertThat(features.size()).isBetween(20, 2_000);
        long total = 0;
        for (JsonNode feature : features) {
            assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
            assertThat(feature.path("properties").propertyNames()).containsExactly("count");
            total += feature.path("properties").path("count").asLong();
        }
        assertThat(total).isEqualTo(locator.size());
        assertThat(api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=12").json().path("features").size())
                .isGreaterThan(features.size());
    }

    @Test
    void keepsOneClassWhenAsked() {
        long lamps = jdbc.sql("SELECT count(*) FROM asset_register WHERE class_code = '01037' AND status <> 'REMOVED'")
                .query(Long.class).single();

        JsonNode features = api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=11&class=01037").json()
                .path("features");

        long total = 0;
        for (JsonNode feature : features) {
            total += feature.path("properties").path("count").asLong();
        }
        assertThat(total).isEqualTo(lamps);
    }

    @Test
    void showsTheAssetsThemselvesFromZoomSeventeen() {
        double[] position = jdbc.sql("SELECT latitude, longitude FROM asset_register WHERE status = 'INTACT' "
                + "ORDER BY identifier LIMIT 1").query((rs, row) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        String bbox = (position[1] - 0.002) + "," + (position[0] - 0.002) + "," + (position[1] + 0.002) + ","
                + (position[0] + 0.002);
        int[] expected = {0};
        locator.forEachIn(BoundingBox.parse(bbox), null, (latitude, longitude, asset) -> expected[0]++);

        JsonNode features = api.get(token, "/api/v1/map/assets?bbox=" + bbox + "&zoom=18").json().path("features");

        assertThat(features.size()).isEqualTo(expected[0]).isPositive();
        JsonNode properties = features.get(0).path("properties");
        assertThat(properties.propertyNames()).containsExactly("identifier", "classCode", "name", "status");
        assertThat(properties.path("status").asString()).isNotEqualTo("REMOVED");
    }

    @Test
    void clustersAgainWhenTooManyAssetsAreInViewAtDetailZoom() {
        JsonNode features = api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=17").json().path("features");

        assertThat(features.get(0).path("properties").has("count")).isTrue();
    }

    @Test
    void answersABoundedNumberOfFeaturesForAnyBox() {
        for (String zoom : new String[] {"22", "17", "16", "13"}) {
            JsonNode features = api.get(token, "/api/v1/map/assets?bbox=-180,-85,180,85&zoom=" + zoom).json()
                    .path("features");

            assertThat(features.size()).as("zoom " + zoom).isPositive().isLessThanOrEqualTo(AssetMapLayer.MAX_CELLS);
            assertThat(features.get(0).path("properties").has("count")).isTrue();
        }
    }

    @Test
    void refusesBadViewsWithTheFieldAtFault() {
        assertThat(field(api.get(token, "/api/v1/map/assets?bbox=114,22,113,23&zoom=11"))).isEqualTo("bbox");
        assertThat(field(api.get(token, "/api/v1/map/assets?bbox=a,b,c,d&zoom=11"))).isEqualTo("bbox");
        assertThat(field(api.get(token, "/api/v1/map/assets?zoom=11"))).isEqualTo("bbox");
        assertThat(field(api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=23"))).isEqualTo("zoom");
        assertThat(field(api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT))).isEqualTo("zoom");
        assertThat(field(api.get(token, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=11&class=99999")))
                .isEqualTo("class");
        assertThat(api.get(null, "/api/v1/map/assets?bbox=" + DISTRICT + "&zoom=11").status()).isEqualTo(401);
    }

    private static String field(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().path("errors").get(0).path("field").asString();
    }
}
