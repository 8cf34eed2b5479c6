package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HttpIntegrationTest
class MapLayerApiIntegrationTests {

    private static final String PINGHU_BOX = "114.10,22.68,114.16,22.72";

    @LocalServerPort
    int port;

    ApiClient api;
    String inspector;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        inspector = api.token("inspector");
    }

    @Test
    void drawsSubdistrictsAndCommunitiesWithCodeAndName() {
        Response subdistricts = api.get(inspector, "/api/v1/map/areas?level=subdistrict");
        Response communities = api.get(inspector, "/api/v1/map/areas?level=COMMUNITY");

        assertThat(subdistricts.status()).isEqualTo(200);
        assertThat(subdistricts.contentType()).startsWith("application/geo+json");
        assertThat(subdistricts.text("type")).isEqualTo("FeatureCollection");
        JsonNode features = subdistricts.json().path("features");
        assertThat(features).hasSize(13);
        assertThat(features.get(0).path("properties").path("code").asString()).isEqualTo("440307001");
        assertThat(features.get(0).path("properties").path("name").asString()).isEqualTo("平湖");
        assertThat(features.get(0).path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(communities.json().path("features").size()).isBetween(90, 110);
        assertThat(communities.json().path("features").get(0).path("properties").path("code").asString())
                .isEqualTo("440307001001");
    }

    @Test
    void drawsTheUnitGridsInTheBoxWithTheirCommunityAndWorkGrid() {
        Response response = api.get(inspector, "/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=15");

        assertThat(response.status()).isEqualTo(200);
        JsonNode features = response.json().path("features");
        assertThat(features.size()).isBetween(20, 400);
        for (JsonNode feature : features) {
            JsonNode properties = feature.path("properties");
            assertThat(properties.path("code").asString()).hasSize(14);
            assertThat(properties.path("code").asString()).startsWith(properties.path("communityCode").asString());
            assertThat(properties.path("communityName").asString()).endsWith("社区");
            assertThat(properties.path("subdistrictName").asString()).isNotBlank();
            assertThat(properties.path("workGrid").asString()).startsWith(properties.path("communityCode").asString() + "-W");
            assertThat(feature.path("geometry").path("coordinates").get(0).size()).isGreaterThanOrEqualTo(4);
        }
        assertThat(codes(features)).doesNotHaveDuplicates();
        Response outside = api.get(inspector, "/api/v1/map/grids?bbox=100,10,100.1,10.1&zoom=15");
        assertThat(outside.json().path("features")).isEmpty();
    }

    @Test
    void simplifiesGridsMoreAtLowerZoomAndRoundsCoordinates() {
        JsonNode city = api.get(inspector, "/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=10").json();
        JsonNode street = api.get(inspector, "/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=18").json();

        assertThat(codes(city.path("features"))).isEqualTo(codes(street.path("features")));
        assertThat(vertices(city)).isLessThan(vertices(street));
        String cityText = city.toString();
        assertThat(cityText).doesNotContainPattern("\\d\\.\\d{6,}");
        assertThat(api.get(inspector, "/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=3").json().path("features"))
                .hasSize(city.path("features").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "bbox=114.1,22.6,114.2&zoom=12; bbox",
            "bbox=114.2,22.6,114.1,22.7&zoom=12; bbox",
            "bbox=a,b,c,d&zoom=12; bbox",
            "zoom=12; bbox",
            "bbox=114.1,22.6,114.2,22.7&zoom=23; zoom",
            "bbox=114.1,22.6,114.2,22.7&zoom=1.5; zoom",
            "bbox=114.1,22.6,114.2,22.7; zoom"})
    void refusesABadBoxOrZoomNamingTheField(String query, String field) {
        Response response = api.get(inspector, "/api/v1/map/grids?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    @Test
    void refusesAnUnknownLevelAndAnonymousCallers() {
        Response level = api.get(inspector, "/api/v1/map/areas?level=district");

        assertThat(level.status()).isEqualTo(400);
        assertThat(level.json().path("errors").get(0).path("field").asString()).isEqualTo("level");
        assertThat(api.get(null, "/api/v1/map/areas?level=subdistrict").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=14").status()).isEqualTo(401);
    }

    @Test
    void answersThePageSessionOnReadsButNeverOnWrites() {
        TestHttp http = new TestHttp(port);
        http.signIn("inspector", "demo");

        HttpResponse<String> map = http.get("/api/v1/map/grids?bbox=" + PINGHU_BOX + "&zoom=14");
        HttpResponse<String> grid = http.get("/api/v1/grids/44030700100101");
        HttpResponse<String> write = http.postJson("/api/v1/grids/versions?label=x&effectiveFrom=2099-01-01", "{}");

        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("\"FeatureCollection\"");
        assertThat(grid.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(new TestHttp(port).get("/api/v1/map/areas?level=subdistrict").statusCode()).isEqualTo(401);
    }

    private static List<String> codes(JsonNode features) {
        List<String> codes = new ArrayList<>();
        features.forEach(feature -> codes.add(feature.path("properties").path("code").asString()));
        return codes;
    }

    private static int vertices(JsonNode collection) {
        int count = 0;
        for (JsonNode feature : collection.path("features")) {
            count += feature.path("geometry").path("coordinates").get(0).size();
        }
        return count;
    }
}
