package org.gridloop.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridloop.ApiClient;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.gridloop.asset.internal.AssetRecords;
import org.gridloop.web.TestHttp;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The register over HTTP: reading, searching, importing (all or nothing, every bad feature
 * reported) and exporting. Imported assets take sequences from 900,000 on, far above the demo's.
 */
@HttpIntegrationTest
class AssetApiIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(900_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssetLocator locator;

    ApiClient api;
    String admin;
    Asset lamp;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
        lamp = jdbc.sql("SELECT * FROM asset_register WHERE class_code = '01037' AND status = 'INTACT' "
                + "ORDER BY identifier LIMIT 1").query((rs, row) -> AssetRecords.asset(rs)).single();
    }

    @Test
    void readsAnAssetAndSearchesByGridClassAndStatus() {
        ApiClient.Response one = api.get(api.token("inspector"), "/api/v1/assets/" + lamp.identifier());

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("classCode")).isEqualTo("01037");
        assertThat(one.text("gridCode")).isEqualTo(lamp.gridCode());
        assertThat(one.text("status")).isEqualTo("INTACT");

        ApiClient.Response list = api.get(admin, "/api/v1/assets?grid=" + lamp.gridCode() + "&class=01037&status=intact&size=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isPositive();
        assertThat(list.json().path("items")).allSatisfy(item -> {
            assertThat(item.path("gridCode").asString()).isEqualTo(lamp.gridCode());
            assertThat(item.path("classCode").asString()).isEqualTo("01037");
        });
        assertThat(api.get(admin, "/api/v1/assets/44030701037999998").status()).isEqualTo(404);
        assertThat(api.get(admin, "/api/v1/assets/123").status()).isEqualTo(404);
        ApiClient.Response bad = api.get(admin, "/api/v1/assets?status=broken");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
        assertThat(api.get(admin, "/api/v1/assets?size=501").status()).isEqualTo(400);
        assertThat(api.get(null, "/api/v1/assets/" + lamp.identifier()).status()).isEqualTo(401);
    }

    @Test
    void importsAGeoJsonFileAndFindsTheNewAssets() {
        String first = identifier("01037");
        String second = identifier("01001");
        String file = collection(feature(first, "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""),
                feature(second, "01001", "damaged", lamp.longitude(), lamp.latitude(), ",\"surveyDate\":\"2026-05-01\""));

        ApiClient.Response imported = api.postRaw(admin, "/api/v1/assets/import", file);

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        ApiClient.Response read = api.get(admin, "/api/v1/assets/" + second);
        assertThat(read.text("status")).isEqualTo("DAMAGED");
        assertThat(read.text("gridCode")).isEqualTo(lamp.gridCode());
        assertThat(read.text("surveyDate")).isEqualTo("2026-05-01");
        assertThat(locator.find(new AssetIdentifier(first))).isPresent();
        assertThat(locator.nearest("01001", lamp.latitude(), lamp.longitude(), 1)).get()
                .extracting(asset -> asset.identifier().value()).isEqualTo(second);
        ApiClient.Response history = api.get(admin, "/api/v1/assets/" + first + "/history");
        assertThat(history.json().get(0).path("action").asString()).isEqualTo("IMPORTED");
        assertThat(history.json().get(0).path("changedBy").asString()).isEqualTo("admin");
        var audited = api.get(admin, "/api/v1/audit?object=asset&objectId=file&action=import").json()
                .path("entries").get(0);
        assertThat(audited.path("actor").asString()).isEqualTo("admin");
        assertThat(audited.path("after").path("assets").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithBadFeaturesListingEachAndWritesNothing() {
        long before = count();
        String good = identifier("01037");
        String twice = identifier("01037");
        List<String> features = new ArrayList<>();
        features.add(feature(good, "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature("440307010370001", "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature("44030799999000001", "99999", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(identifier("01037"), "01001", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(identifier("01037"), "01037", "INTACT", 100.0, 10.0, ""));
        features.add(feature(twice, "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(twice, "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(lamp.identifier().value(), "01037", "INTACT", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(identifier("01037"), "01037", "broken", lamp.longitude(), lamp.latitude(), ""));
        features.add(feature(identifier("01037"), "01037", "INTACT", lamp.longitude(), lamp.latitude(),
                ",\"surveyDate\":\"2026-13-01\""));
        features.add(feature(identifier("01037"), "01037", null, lamp.longitude(), lamp.latitude(), ""));
        features.add("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"identifier\":\"" + identifier("01037")
                + "\",\"status\":\"INTACT\"}}");

        ApiClient.Response refused = api.postRaw(admin, "/api/v1/assets/import", collection(features.toArray(String[]::new)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().path("errors");
        assertThat(problem(errors, 1)).isEqualTo("identifier:asset.identifier.malformed");
        assertThat(problem(errors, 2)).isEqualTo("classCode:asset.class.unknown");
        assertThat(problem(errors, 3)).isEqualTo("classCode:asset.class.mismatch");
        assertThat(problem(errors, 4)).isEqualTo("position:asset.position.outside");
        assertThat(problem(errors, 6)).isEqualTo("identifier:asset.identifier.duplicate");
        assertThat(problem(errors, 7)).isEqualTo("identifier:asset.identifier.registered");
        assertThat(problem(errors, 8)).isEqualTo("status:asset.status.invalid");
        assertThat(problem(errors, 9)).isEqualTo("surveyDate:asset.date.invalid");
        assertThat(problem(errors, 10)).isEqualTo("status:asset.field.missing");
        assertThat(problem(errors, 11)).isEqualTo("position:asset.field.missing");
        assertThat(errors).noneMatch(error -> error.path("index").asInt() == 0 || error.path("index").asInt() == 5);
        assertThat(errors.get(0).path("identifier").asString()).isEqualTo("440307010370001");
        assertThat(errors.get(0).path("message").asString()).contains("16位或17位");
        assertThat(count()).isEqualTo(before);
        assertThat(api.get(admin, "/api/v1/assets/" + good).status()).isEqualTo(404);
    }

    @Test
    void importsCsvWithWktAndReportsBadRowsInEnglishWhenAsked() {
        TestHttp http = new TestHttp(port);
        String fresh = identifier("03005");
        String csv = "identifier,classCode,name,status,wkt\n"
                + fresh + ",03005,垃圾箱,INTACT,POINT (" + lamp.longitude() + " " + lamp.latitude() + ")\n";

        HttpResponse<String> imported = http.send(http.request("/api/v1/assets/import")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        HttpResponse<String> refused = http.send(http.request("/api/v1/assets/import")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(csv.replace("POINT (", "POINT ("
                        .replace("(", "(")).replace(lamp.longitude() + " ", "x "))));

        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(api.get(admin, "/api/v1/assets/" + fresh).text("name")).isEqualTo("垃圾箱");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"index\":0").contains("asset.position.wkt").contains("is not WKT");
    }

    @Test
    void exportsAGridAsCsvAndGeoJsonThatImportRecognizes() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> csv = http.get("/api/v1/assets/export?format=csv&grid=" + lamp.gridCode(),
                "Authorization", "Bearer " + admin);
        HttpResponse<String> geojson = http.get("/api/v1/assets/export?format=geojson&grid=" + lamp.gridCode(),
                "Authorization", "Bearer " + admin);
        long inGrid = jdbc.sql("SELECT count(*) FROM asset_register WHERE grid_code = ?").param(lamp.gridCode())
                .query(Long.class).single();

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(inGrid + 1);
        assertThat(csv.body()).startsWith("identifier,classCode,name").contains(lamp.identifier().value());
        assertThat(geojson.body()).startsWith("{\"type\":\"FeatureCollection\"");
        ApiClient.Response again = api.postRaw(admin, "/api/v1/assets/import", geojson.body());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("errors").size()).isEqualTo((int) inGrid);
        assertThat(again.json().path("errors")).allMatch(error -> error.path("code").asString()
                .equals("asset.identifier.registered"));
        assertThat(http.get("/api/v1/assets/export?format=xlsx", "Authorization", "Bearer " + admin).statusCode())
                .isEqualTo(400);
    }

    @Test
    void letsOnlyAdministratorsImportAndExport() {
        String inspector = api.token("inspector");

        assertThat(api.postRaw(inspector, "/api/v1/assets/import", collection()).status()).isEqualTo(403);
        assertThat(api.get(inspector, "/api/v1/assets/export").status()).isEqualTo(403);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM asset_register").query(Long.class).single();
    }

    private static String problem(JsonNode errors, int index) {
        for (JsonNode error : errors) {
            if (error.path("index").asInt() == index) {
                return error.path("field").asString() + ":" + error.path("code").asString();
            }
        }
        return "none";
    }

    static String identifier(String classCode) {
        return AssetIdentifier.of("440307", classCode, SEQUENCE.incrementAndGet()).value();
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String identifier, String classCode, String status, double longitude, double latitude,
            String more) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + longitude + "," + latitude
                + "]},\"properties\":{\"identifier\":\"" + identifier + "\",\"classCode\":\"" + classCode + "\""
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + more + "}}";
    }
}
