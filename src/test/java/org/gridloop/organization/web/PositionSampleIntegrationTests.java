package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.organization.internal.SamplePartitions;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inspectors send batches of position samples over real HTTP: each sample is kept or refused on
 * its own, a repeated sample is stored once, the newest becomes the last position on the map,
 * and the daily partitions are created and dropped.
 */
@HttpIntegrationTest
class PositionSampleIntegrationTests {

    private static final String PATH = "/api/v1/inspectors/positions";
    private static final Instant NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SamplePartitions partitions;

    ApiClient api;

    @BeforeEach
    void stopClock() {
        api = new ApiClient(port);
        clock.stopAt(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keepsTheGoodSamplesAndRefusesTheOthersOneByOne() {
        String inspector = "i012-003";
        Response answer = api.post(api.token(inspector), PATH, Map.of("samples", List.of(
                sample("2026-03-02T09:00:00+08:00", 22.70, 114.13, 8),
                sample("2026-02-22T09:00:00+08:00", 22.70, 114.13, 8),
                sample("2026-03-02T10:02:30+08:00", 22.70, 114.13, 8),
                sample("2026-03-02T09:00:30+08:00", 95.0, 114.13, 8),
                sample("2026-03-02T09:01:00+08:00", 22.70, 190.0, 8),
                sample("2026-03-02T09:01:30+08:00", 22.70, 114.13, -3),
                Map.of("lat", 22.7, "lon", 114.13),
                sample("yesterday at nine", 22.70, 114.13, 8),
                sample("2026-03-02T09:02:00+08:00", 22.71, 114.14, 5),
                sample("2026-03-02T10:01:30+08:00", 22.72, 114.15, 5))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(3);
        assertThat(answer.json().path("refused").valueStream()
                .map(refused -> refused.path("index").asInt() + ":" + refused.path("field").asString()))
                .containsExactly("1:at", "2:at", "3:lat", "4:lon", "5:accuracyMeters", "6:at", "7:at");
        assertThat(answer.json().path("refused").get(0).path("reason").asString()).contains("7");
        assertThat(stored(inspector)).isEqualTo(3);
    }

    @Test
    void storesARepeatedSampleOnceAndCountsItAccepted() {
        String inspector = "i012-004";
        String token = api.token(inspector);
        List<Map<String, Object>> batch = List.of(sample("2026-03-02T09:00:00+08:00", 22.70, 114.13, 8),
                sample("2026-03-02T01:00:00Z", 22.70, 114.13, 8),
                sample("2026-03-02T09:00:30+08:00", 22.70, 114.13, 8));

        Response first = api.post(token, PATH, Map.of("samples", batch));
        Response again = api.post(token, PATH, Map.of("samples", batch));

        assertThat(first.json().path("accepted").asInt()).as(first.body()).isEqualTo(3);
        assertThat(again.json().path("accepted").asInt()).isEqualTo(3);
        assertThat(again.json().path("refused").isEmpty()).isTrue();
        assertThat(stored(inspector)).as("the same instant twice in one batch, then the batch again").isEqualTo(2);
    }

    @Test
    void theNewestSampleBecomesTheLastPositionUnlessANewerOneIsThere() {
        String inspector = "i012-005";
        String token = api.token(inspector);
        jdbc.sql("DELETE FROM organization_inspector_position WHERE username = :u").param("u", inspector).update();

        api.post(token, PATH, Map.of("samples", List.of(sample("2026-03-02T09:30:00+08:00", 22.71, 114.21, 4),
                sample("2026-03-02T09:00:00+08:00", 22.60, 114.10, 9))));
        api.post(token, PATH, Map.of("samples", List.of(sample("2026-03-02T09:10:00+08:00", 22.50, 114.00, 9))));

        Map<String, Object> last = jdbc.sql("""
                SELECT latitude, longitude, accuracy_m, reported_at FROM organization_inspector_position
                WHERE username = :u""").param("u", inspector).query().singleRow();
        assertThat(last.get("latitude")).isEqualTo(22.71);
        assertThat(last.get("longitude")).isEqualTo(114.21);
        assertThat(last.get("accuracy_m")).isEqualTo(4.0);
        assertThat(((Timestamp) last.get("reported_at")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T09:30:00+08:00").toInstant());
        Response map = api.get(api.token("dispatcher"), "/api/v1/map/inspectors?bbox=114.0,22.5,114.6,22.9");
        assertThat(map.body()).contains("\"" + inspector + "\"");
    }

    @Test
    void onlyInspectorsSendSamplesAndABatchHasItsLimit() {
        Response byDispatcher = api.post(api.token("dispatcher"), PATH,
                Map.of("samples", List.of(sample("2026-03-02T09:00:00+08:00", 22.70, 114.13, 8))));
        Response missing = api.postRaw(api.token("inspector"), PATH, "{}");

        assertThat(byDispatcher.status()).isEqualTo(403);
        assertThat(byDispatcher.contentType()).startsWith("application/problem+json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").toString()).contains("\"samples\"");
    }

    @Test
    void samplesGoToThePartitionOfTheirDayInShanghai() {
        String inspector = "i012-006";
        api.post(api.token(inspector), PATH, Map.of("samples", List.of(
                sample("2026-02-28T23:59:59+08:00", 22.70, 114.13, 8),
                sample("2026-02-28T16:00:00Z", 22.70, 114.13, 8))));

        assertThat(partitionOf(inspector, "2026-02-28T23:59:59+08:00")).isEqualTo("organization_position_sample_p20260228");
        assertThat(partitionOf(inspector, "2026-03-01T00:00:00+08:00")).isEqualTo("organization_position_sample_p20260301");
    }

    @Test
    void maintenanceCreatesTheNextDaysAndDropsPartitionsPastTheRetention() {
        partitions.ensure(List.of(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 3)));

        partitions.maintain();

        List<String> names = jdbc.sql("""
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'organization_position_sample'""")
                .query(String.class).list();
        assertThat(names).as("180 days before 2026-03-02 is 2025-09-03")
                .doesNotContain("organization_position_sample_p20250902")
                .contains("organization_position_sample_p20250903", "organization_position_sample_p20260305");
    }

    private int stored(String inspector) {
        return jdbc.sql("SELECT count(*) FROM organization_position_sample WHERE username = :u")
                .param("u", inspector).query(Integer.class).single();
    }

    private String partitionOf(String inspector, String at) {
        return jdbc.sql("""
                SELECT tableoid::regclass::text FROM organization_position_sample WHERE username = :u AND at = :at""")
                .param("u", inspector).param("at", Timestamp.from(OffsetDateTime.parse(at).toInstant()))
                .query(String.class).single();
    }

    static Map<String, Object> sample(String at, double lat, double lon, double accuracy) {
        return Map.of("at", at, "lat", lat, "lon", lon, "accuracyMeters", accuracy);
    }
}
