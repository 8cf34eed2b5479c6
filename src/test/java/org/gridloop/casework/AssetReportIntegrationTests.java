package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridloop.ApiClient.Response;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Asset reports: the named asset or the nearest of the class within 30 m goes with the case, and
 * routing proposes the asset's supervising department before the rules (先属主, 后属地).
 */
class AssetReportIntegrationTests extends CaseApiSupport {

    private static final String MANHOLE = "01001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(980_000);
    /** About 5 m of latitude. */
    private static final double FIVE_METRES = 5 / 111_195.0;

    @Autowired
    AssetLocator assets;

    @Autowired
    JdbcClient jdbc;

    private String identifier;
    private double[] position;

    /** A manhole cover the rules would send to water, registered under the greening department. */
    @BeforeEach
    void registerAManholeCoverOfTheGreeningDepartment() {
        position = pointInGrids();
        identifier = AssetIdentifier.of("440307", MANHOLE, SEQUENCE.incrementAndGet()).value();
        String file = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[%s,%s]},
                 "properties":{"identifier":"%s","classCode":"%s","name":"供水井盖","departmentCode":"greening",
                  "status":"INTACT"}}]}""".formatted(position[1], position[0], identifier, MANHOLE);
        Response imported = api().postRaw(token("admin"), "/api/v1/assets/import", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    @Test
    void aNamedAssetGoesWithTheCaseAndItsDepartmentIsProposed() {
        Map<String, Object> body = assetReport(position);
        body.put("assetIdentifier", identifier);

        Response created = api().post(token("inspector"), "/api/v1/reports", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode shown = get("dispatcher", created.text("number")).json();
        assertThat(shown.path("asset").path("identifier").asString()).isEqualTo(identifier);
        assertThat(shown.path("asset").path("departmentCode").asString()).isEqualTo("greening");
        assertThat(shown.path("asset").path("picked").asBoolean()).isFalse();
        assertThat(shown.path("department").path("code").asString()).isEqualTo("greening");
        assertThat(shown.path("department").path("proposed").asBoolean()).isTrue();
    }

    @Test
    void withoutAnIdentifierTheNearestAssetOfTheClassWithin30MetresIsPicked() {
        Response created = api().post(token("inspector"), "/api/v1/reports",
                assetReport(new double[] {position[0] + FIVE_METRES, position[1]}));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode shown = get("dispatcher", created.text("number")).json();
        assertThat(shown.path("asset").path("identifier").asString()).isEqualTo(identifier);
        assertThat(shown.path("asset").path("picked").asBoolean()).isTrue();
        assertThat(shown.path("department").path("code").asString()).isEqualTo("greening");
    }

    @Test
    void withNoAssetOfTheClassNearbyTheReportIsTakenWithoutOneAndRoutedByTheRules() {
        double[] away = pointInGrids();
        while (assets.nearest(MANHOLE, away[0], away[1], 30).isPresent()) {
            away = pointInGrids();
        }

        Response created = api().post(token("inspector"), "/api/v1/reports", assetReport(away));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode shown = get("dispatcher", created.text("number")).json();
        assertThat(shown.has("asset")).isFalse();
        assertThat(shown.path("department").path("code").asString()).isEqualTo("water");
    }

    @Test
    void refusesABadAssetIdentifierNamingTheFieldAndWritesNothing() {
        long before = cases();
        String unknown = AssetIdentifier.of("440307", MANHOLE, 999_999).value();

        assertRefused(withIdentifier(assetReport(position), "12345"), "16 位或 17 位数字");
        assertRefused(withIdentifier(assetReport(position), unknown), "部件台账中没有该部件");
        Map<String, Object> wrongClass = withIdentifier(assetReport(position), identifier);
        wrongClass.put("categoryCode", "01002");
        assertRefused(wrongClass, "不属于所选分类");
        assertRefused(withIdentifier(reportBody(position), identifier), "只有部件问题");
        assertThat(cases()).isEqualTo(before);
    }

    private void assertRefused(Map<String, Object> body, String message) {
        Response refused = api().post(token("inspector"), "/api/v1/reports", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("assetIdentifier");
        assertThat(error.path("message").asString()).contains(message);
    }

    private Map<String, Object> assetReport(double[] point) {
        Map<String, Object> body = reportBody(point);
        body.put("kind", "asset");
        body.put("categoryCode", MANHOLE);
        body.put("description", "井盖破损");
        return body;
    }

    private static Map<String, Object> withIdentifier(Map<String, Object> body, String identifier) {
        body.put("assetIdentifier", identifier);
        return body;
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
    }
}
