package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Inspectors report where they are; the command map's posts see the last positions reported
 * within the window, and nobody else does.
 */
@HttpIntegrationTest
class InspectorPositionIntegrationTests {

    private static final String BOX = "/api/v1/map/inspectors?bbox=114.0,22.5,114.6,22.9";

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keepsTheLastPositionOfEachInspectorForTheMap() {
        String inspector = api.token("inspector");
        assertThat(api.post(inspector, "/api/v1/inspectors/position", Map.of("lat", 22.70, "lon", 114.20)).status())
                .isEqualTo(200);

        Response stored = api.post(inspector, "/api/v1/inspectors/position",
                Map.of("lat", 22.71, "lon", 114.21, "accuracyMeters", 8));
        Response map = api.get(api.token("leader"), BOX);

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().path("lat").asDouble()).isEqualTo(22.71);
        assertThat(map.status()).as(map.body()).isEqualTo(200);
        List<JsonNode> mine = features(map, "inspector");
        assertThat(mine).as("one last position per inspector").hasSize(1);
        JsonNode feature = mine.get(0);
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(114.21);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(22.71);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("name").asString()).isEqualTo("张伟");
        assertThat(properties.path("team").asString()).isNotBlank();
        assertThat(properties.path("accuracyMeters").asDouble()).isEqualTo(8);
        assertThat(properties.path("reportedAt").asString()).endsWith("+08:00");
    }

    @Test
    void showsOnlyPositionsWithinTheBoxAndTheWindow() {
        String inspector = api.token("inspector");
        String dispatcher = api.token("dispatcher");
        api.post(inspector, "/api/v1/inspectors/position", Map.of("lat", 22.72, "lon", 114.22));

        assertThat(features(api.get(dispatcher, "/api/v1/map/inspectors?bbox=114.3,22.5,114.4,22.6"), "inspector"))
                .isEmpty();
        clock.shift(Duration.ofHours(1).plusMinutes(59));
        assertThat(features(api.get(dispatcher, BOX), "inspector")).hasSize(1);
        clock.shift(Duration.ofMinutes(2));
        assertThat(features(api.get(dispatcher, BOX), "inspector")).as("older than two hours").isEmpty();
    }

    @Test
    void refusesPositionsOutsideTheEarthNamingTheField() {
        String inspector = api.token("inspector");
        for (var bad : List.of(Map.of("field", "lat", "body", "{\"lat\":95,\"lon\":114.2}"),
                Map.of("field", "lon", "body", "{\"lat\":22.7}"),
                Map.of("field", "accuracyMeters", "body", "{\"lat\":22.7,\"lon\":114.2,\"accuracyMeters\":-1}"))) {
            Response response = api.postRaw(inspector, "/api/v1/inspectors/position", bad.get("body"));

            assertThat(response.status()).as(bad.get("body")).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").toString()).contains("\"" + bad.get("field") + "\"");
        }
    }

    @Test
    void onlyInspectorsReportAndOnlyTheCommandPostsLook() {
        Response byDispatcher = api.post(api.token("dispatcher"), "/api/v1/inspectors/position",
                Map.of("lat", 22.7, "lon", 114.2));

        assertThat(byDispatcher.status()).isEqualTo(403);
        assertThat(byDispatcher.contentType()).startsWith("application/problem+json");
        assertThat(api.get(api.token("inspector"), BOX).status()).isEqualTo(403);
        assertThat(api.get(api.token("handler-gas"), BOX).status()).isEqualTo(403);
        for (String post : List.of("leader", "dispatcher", "supervisor", "admin")) {
            assertThat(api.get(api.token(post), BOX).status()).as(post).isEqualTo(200);
        }
        Response badBox = api.get(api.token("leader"), "/api/v1/map/inspectors?bbox=114.6,22.5,114.0,22.9");
        assertThat(badBox.status()).isEqualTo(400);
        assertThat(badBox.json().path("errors").toString()).contains("\"bbox\"");
    }

    private static List<JsonNode> features(Response response, String username) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        response.json().path("features").forEach(feature -> {
            if (username.equals(feature.path("properties").path("username").asString())) {
                found.add(feature);
            }
        });
        return found;
    }
}
