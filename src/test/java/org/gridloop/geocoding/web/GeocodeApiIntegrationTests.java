package org.gridloop.geocoding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class GeocodeApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    GridLookup grids;

    TestHttp http;
    String bearer;

    @BeforeEach
    void signIn() {
        http = new TestHttp(port);
        bearer = "Bearer " + json.readTree(http.postJson("/api/v1/auth/token",
                "{\"username\":\"operator\",\"password\":\"demo\"}").body()).get("token").asString();
    }

    @Test
    void findsADoorplateWrittenLooselyFirstWithItsPositionAndGrid() {
        JsonNode doorplate = firstDoorplateOf("平湖大街");
        String address = doorplate.get("address").asString();
        String number = address.replaceAll(".*平湖大街(\\d+)号$", "$1");

        JsonNode candidates = ok(get("/api/v1/geocode?q=" + encode("平湖路 " + toFullWidth(number) + " 號")));

        assertThat(candidates.get(0).get("address").asString()).isEqualTo(address);
        assertThat(candidates.size()).isBetween(2, 5);
        double first = candidates.get(0).get("score").asDouble();
        assertThat(candidates.get(1).get("score").asDouble()).isLessThan(first);
        JsonNode best = candidates.get(0);
        assertThat(grids.locate(best.get("lat").asDouble(), best.get("lon").asDouble()).orElseThrow().grid())
                .isEqualTo(new GridCode(best.get("grid").asString()));
    }

    @Test
    void answersAnEmptyListWhenNothingMatches() {
        assertThat(ok(get("/api/v1/geocode?q=xyz")).isEmpty()).isTrue();
    }

    @Test
    void reversesAPointToTheNearbyDoorplateWithTheDistanceAndGrid() {
        JsonNode doorplate = firstDoorplateOf("布吉路");
        double lat = doorplate.get("lat").asDouble() + 0.0001;
        double lon = doorplate.get("lon").asDouble();

        JsonNode nearby = ok(get("/api/v1/geocode/reverse?lat=" + lat + "&lon=" + lon));

        String label = doorplate.get("address").asString().replaceAll(".*街道", "");
        long metres = nearby.get("distanceMeters").asLong();
        assertThat(metres).isBetween(0L, 12L);
        assertThat(nearby.get("address").asString()).isEqualTo(label + "附近 " + metres + " 米");
        assertThat(nearby.get("nearest").asString()).isEqualTo(doorplate.get("address").asString());
        assertThat(nearby.get("grid").asString()).isEqualTo(grids.locate(lat, lon).orElseThrow().grid().value());
    }

    @Test
    void speaksEnglishWhenAsked() {
        JsonNode doorplate = firstDoorplateOf("布吉路");
        HttpResponse<String> response = http.get("/api/v1/geocode/reverse?lat=" + doorplate.get("lat").asDouble()
                + "&lon=" + doorplate.get("lon").asDouble(), "Authorization", bearer, "Accept-Language", "en");
        assertThat(ok(response).get("address").asString()).matches("\\d+ m from 布吉路\\d+号");
    }

    @Test
    void refusesAMissingBlankOrOverlongQueryNamingTheField() {
        assertProblem(get("/api/v1/geocode"), 400, "q", "请输入地址");
        assertProblem(get("/api/v1/geocode?q=" + encode(" ，。")), 400, "q", "请输入地址");
        assertProblem(get("/api/v1/geocode?q=%20%20"), 400, "q", "请输入地址");
        assertProblem(get("/api/v1/geocode?q=" + encode("平".repeat(101))), 400, "q", "地址不能超过 100 个字");
        assertProblem(get("/api/v1/geocode?q=" + encode("平湖") + "&limit=0"), 400, "limit", null);
    }

    @Test
    void refusesCoordinatesThatAreNotDegreesNamingTheField() {
        assertProblem(get("/api/v1/geocode/reverse?lat=abc&lon=114.2"), 400, "lat", null);
        assertProblem(get("/api/v1/geocode/reverse?lat=22.7&lon=200"), 400, "lon", null);
        assertProblem(get("/api/v1/geocode/reverse?lat=95&lon=114.2"), 400, "lat", null);
        assertProblem(get("/api/v1/geocode/reverse?lon=114.2"), 400, "lat", null);
    }

    @Test
    void refusesAPointOutsideTheDistrictAsUnprocessable() {
        JsonNode problem = assertProblem(get("/api/v1/geocode/reverse?lat=39.9&lon=116.4"), 422, "lat", null);
        assertThat(problem.get("detail").asString()).contains("不在本区");
        assertThat(problem.get("errors").get(1).get("field").asString()).isEqualTo("lon");
    }

    @Test
    void asksForAToken() {
        assertThat(http.get("/api/v1/geocode?q=" + encode("平湖")).statusCode()).isEqualTo(401);
    }

    @Test
    void servesTheSignedInPagesUnderTheirOwnPath() {
        assertThat(http.get("/geocode?q=" + encode("平湖")).statusCode()).isEqualTo(302);
        http.signIn("operator", "demo");
        HttpResponse<String> response = http.get("/geocode?q=" + encode("平湖大街"));
        assertThat(ok(response).get(0).get("address").asString()).isEqualTo("深圳市龙岗区平湖街道平湖大街");
    }

    /** The first doorplate the gazetteer has on a road. */
    private JsonNode firstDoorplateOf(String road) {
        for (int number = 1; number < 40; number++) {
            JsonNode candidates = ok(get("/api/v1/geocode?q=" + encode(road + number + "号") + "&limit=1"));
            if (candidates.get(0).get("address").asString().endsWith(road + number + "号")) {
                return candidates.get(0);
            }
        }
        throw new AssertionError("No doorplate on " + road);
    }

    private HttpResponse<String> get(String path) {
        return http.get(path, "Authorization", bearer);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        if (message != null) {
            assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
        }
        return problem;
    }

    private static String toFullWidth(String digits) {
        StringBuilder result = new StringBuilder();
        digits.chars().forEach(c -> result.append((char) (c + 0xFEE0)));
        return result.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
