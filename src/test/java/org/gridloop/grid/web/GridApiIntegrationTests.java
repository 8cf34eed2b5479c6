package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class GridApiIntegrationTests {

    private static final Instant REVISION = Instant.parse("2089-12-31T16:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    GridLookup lookup;

    @Autowired
    WorkGrids workGrids;

    @Autowired
    ShiftableClock clock;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void describesAUnitGridWithItsCommunityWorkGridAndInspectors() {
        String code = workGrids.assignedTo("inspector").get(0).unitGrids().get(0).value();

        Response grid = api.get(api.token("inspector"), "/api/v1/grids/" + code);

        assertThat(grid.status()).isEqualTo(200);
        assertThat(grid.text("code")).isEqualTo(code);
        assertThat(grid.text("communityCode")).isEqualTo(code.substring(0, 12));
        assertThat(grid.text("communityName")).endsWith("社区");
        assertThat(grid.text("subdistrictCode")).isEqualTo("440307001");
        assertThat(grid.text("subdistrictName")).isEqualTo("平湖");
        assertThat(grid.json().path("workGrid").path("code").asString()).startsWith(code.substring(0, 12) + "-W");
        assertThat(grid.json().path("workGrid").path("name").asString()).contains("责任网格");
        assertThat(grid.json().path("inspectors").toString()).contains("\"inspector\"");
    }

    @Test
    void answersNotFoundForUnknownOrMalformedCodes() {
        for (String code : List.of("44030709999999", "123", "04030700100101")) {
            Response missing = api.get(admin, "/api/v1/grids/" + code);
            assertThat(missing.status()).as(code).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.text("detail")).contains(code);
        }
    }

    @Test
    void refusesAFileWithBadFeaturesListingEachAndWritesNothing() {
        int versionsBefore = versions();
        int gridsBefore = storedGrids();
        String file = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"44030700100101","communityCode":"440307001001"},
                  "geometry":{"type":"Polygon","coordinates":[[[114.55,22.58],[114.551,22.58],[114.551,22.581],[114.55,22.58]]]}},
                 {"type":"Feature","properties":{"code":"4403070010010"},"geometry":{"type":"Point","coordinates":[114.1,22.7]}},
                 {"type":"Feature","properties":{"code":"44030799999901"},
                  "geometry":{"type":"Polygon","coordinates":[[[114.10,22.70],[114.11,22.71],[114.11,22.70],[114.10,22.71],[114.10,22.70]]]}}
                ]}""";

        Response refused = importFile(admin, file, "2089-06-01", "geojson");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("grid.import.refused");
        assertThat(refused.text("detail")).contains("3 个要素不合格");
        JsonNode features = refused.json().path("features");
        assertThat(reasons(features)).isEqualTo(
                "1:44030700100101:OUTSIDE_COMMUNITY 2:4403070010010:MALFORMED_CODE 2:4403070010010:NOT_A_POLYGON "
                        + "3:44030799999901:UNKNOWN_COMMUNITY 3:44030799999901:INVALID_POLYGON");
        assertThat(features.get(1).path("message").asString()).isEqualTo("第 2 个要素（编码 4403070010010）：编码不合格，网格编码应为 14 位或 15 位数字。");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("features[1]");
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(storedGrids()).isEqualTo(gridsBefore);
    }

    @Test
    void refusesBadLabelsDatesAndFilesNamingTheFieldAndLetsOnlyAdministratorsImport() {
        assertThat(field(importFile(admin, "{}", "2000-01-01", "geojson"))).isEqualTo("effectiveFrom");
        assertThat(field(importFile(admin, "{}", "01/01/2095", "geojson"))).isEqualTo("effectiveFrom");
        assertThat(field(importFile(admin, "{}", "2095-01-01", "kml"))).isEqualTo("format");
        assertThat(field(importFile(admin, "not json", "2095-01-01", "geojson"))).isEqualTo("file");
        assertThat(field(importFile(admin, "", "2095-01-01T00:00:00%2B08:00", null))).isEqualTo("file");
        Response noLabel = send(admin, "/api/v1/grids/versions?effectiveFrom=2095-01-01", "{}");
        assertThat(noLabel.status()).isEqualTo(400);
        assertThat(field(noLabel)).isEqualTo("label");
        assertThat(importFile(api.token("inspector"), "{}", "2090-01-01", "geojson").status()).isEqualTo(403);
        assertThat(importFile(null, "{}", "2090-01-01", "geojson").status()).isEqualTo(401);
    }

    @Test
    void importsARevisionThatTakesEffectAtItsDateWhileEarlierInstantsKeepTheirGrids() {
        String csv = export("csv", null).body();
        String recoded = csv.lines().map(line -> line.matches("\\d{14},.*")
                ? line.substring(0, 12) + "0" + line.substring(12) : line)
                .collect(Collectors.joining("\r\n"));
        GridPlace before = lookup.locate(22.70, 114.13).orElseThrow();

        Response created = send(admin, "/api/v1/grids/versions?label=2090%E5%B9%B4%E4%BF%AE%E8%AE%A2"
                + "&effectiveFrom=2090-01-01&format=csv", recoded);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        int id = created.json().path("id").asInt();
        assertThat(created.text("label")).isEqualTo("2090年修订");
        assertThat(created.text("importedBy")).isEqualTo("admin");
        assertThat(created.json().path("gridCount").asInt()).isEqualTo(2_690);
        assertThat(Instant.parse(created.text("effectiveFrom"))).isEqualTo(REVISION);
        assertThat(api.get(admin, "/api/v1/audit?object=grid-version&objectId=" + id).json()
                .path("entries").path(0).path("after").path("label").asString()).isEqualTo("2090年修订");
        String revised = before.grid().value().substring(0, 12) + "0" + before.grid().value().substring(12);
        assertThat(lookup.locate(22.70, 114.13)).contains(before);
        assertThat(lookup.locate(22.70, 114.13, REVISION.minusMillis(1))).contains(before);
        assertThat(lookup.locate(22.70, 114.13, REVISION)).get().extracting(GridPlace::grid)
                .isEqualTo(new GridCode(revised));
        assertThat(api.get(admin, "/api/v1/grids/" + revised).status()).isEqualTo(404);

        clock.stopAt(REVISION.plusSeconds(60));
        admin = api.token("admin");

        assertThat(lookup.locate(22.70, 114.13)).get().extracting(GridPlace::grid).isEqualTo(new GridCode(revised));
        assertThat(api.get(admin, "/api/v1/grids/" + revised).status()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/grids/" + before.grid().value()).status()).isEqualTo(404);
        assertThat(export("geojson", null).body()).contains("\"code\":\"" + revised + "\"");
        assertThat(export("geojson", 1).body()).contains("\"code\":\"" + before.grid().value() + "\"");
        assertThat(api.get(admin, "/api/v1/grids/versions").json().toString()).contains("\"id\":" + id);
        assertThat(field(importFile(admin, "{}", "2090-01-01", "geojson"))).isEqualTo("effectiveFrom");
    }

    @Test
    void exportsTheVersionInEffectAsGeoJsonAndCsvThatImportReadsBack() {
        HttpResponse<String> geoJson = export("geojson", 1);
        HttpResponse<String> csv = export("csv", 1);

        assertThat(geoJson.statusCode()).isEqualTo(200);
        assertThat(geoJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        assertThat(geoJson.headers().firstValue("Content-Disposition").orElse("")).contains("grids-v1.geojson");
        JsonNode collection = JsonMapper.builder().build().readTree(geoJson.body());
        assertThat(collection.path("features")).hasSize(2_690);
        assertThat(collection.path("features").get(0).path("properties").path("code").asString())
                .isEqualTo("44030700100101");
        assertThat(collection.path("features").get(0).path("properties").path("communityCode").asString())
                .isEqualTo("440307001001");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains("code,community_code,name,wkt");
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).startsWith("44030700100101,440307001001,,\"POLYGON ((114.");
        assertThat(csv.body().lines().count()).isEqualTo(2_691);
        assertThat(api.get(admin, "/api/v1/grids/export?format=csv&version=99").status()).isEqualTo(404);
        assertThat(api.get(admin, "/api/v1/grids/export?format=kml").status()).isEqualTo(400);
    }

    private HttpResponse<String> export(String format, Integer version) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/grids/export?format=" + format + (version == null ? "" : "&version=" + version)))
                    .header("Authorization", "Bearer " + admin).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Response importFile(String token, String file, String effective, String format) {
        return send(token, "/api/v1/grids/versions?label=test&effectiveFrom=" + effective
                + (format == null ? "" : "&format=" + format), file);
    }

    private Response send(String token, String path, String body) {
        return api.postRaw(token, path, body);
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("errors").get(0).path("field").asString();
    }

    private static String reasons(JsonNode features) {
        StringBuilder text = new StringBuilder();
        for (JsonNode feature : features) {
            text.append(text.isEmpty() ? "" : " ").append(feature.path("index").asInt()).append(':')
                    .append(feature.path("code").asString()).append(':').append(feature.path("reason").asString());
        }
        return text.toString();
    }

    private int versions() {
        return jdbc.sql("SELECT count(*) FROM grid_version").query(Integer.class).single();
    }

    private int storedGrids() {
        return jdbc.sql("SELECT count(*) FROM grid_unit_grid").query(Integer.class).single();
    }
}
