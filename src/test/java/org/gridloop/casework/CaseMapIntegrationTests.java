package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The cases layer of the command map and the grid filter of the case list, over HTTP: open
 * cases within the box and the user's scope, ended cases left out, bad boxes and grid codes
 * refused naming the field.
 */
class CaseMapIntegrationTests extends CaseApiSupport {

    @Test
    void listsOpenCasesWithinTheBoxWithLightStageAndCategory() {
        double[] point = pointInGrids();
        String number = reportAt(point);
        Response shown = get("dispatcher", number);

        Response response = api().get(token("dispatcher"), "/api/v1/map/cases?bbox=" + around(point, 0.001));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("type")).isEqualTo("FeatureCollection");
        JsonNode feature = feature(response, number);
        assertThat(feature).as("the new case is in its own box").isNotNull();
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(point[1]);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(point[0]);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("status").asString()).isEqualTo("REPORTED");
        assertThat(properties.path("stage").asString()).isEqualTo("ACCEPT");
        assertThat(properties.path("light").asString()).isEqualTo(shown.text("light")).isNotBlank();
        assertThat(properties.path("category").asString()).isEqualTo(shown.json().path("category").path("name")
                .asString()).isNotBlank();
    }

    @Test
    void leavesOutCasesOutsideTheBoxAndEndedCases() {
        double[] point = pointInGrids();
        String open = reportAt(point);
        String rejected = reportAt(new double[] {point[0] + 0.00001, point[1] + 0.00001});
        step("operator", rejected, "reject", Map.of("reason", "不属于城管范围"));

        Response inside = api().get(token("leader"), "/api/v1/map/cases?bbox=" + around(point, 0.001));
        Response elsewhere = api().get(token("leader"), "/api/v1/map/cases?bbox="
                + String.format(Locale.ROOT, "%f,%f,%f,%f", point[1] + 0.01, point[0] + 0.01, point[1] + 0.02,
                        point[0] + 0.02));

        assertThat(numbers(inside)).contains(open).doesNotContain(rejected);
        assertThat(numbers(elsewhere)).doesNotContain(open);
    }

    @Test
    void keepsToTheScopeOfTheUser() {
        double[] point = pointInGrids();
        String number = reportAt(point);
        String box = "/api/v1/map/cases?bbox=" + around(point, 0.001);

        assertThat(numbers(api().get(token("inspector"), box))).as("the reporter").contains(number);
        assertThat(numbers(api().get(token("handler-gas"), box))).as("no department has it yet")
                .doesNotContain(number);
    }

    @Test
    void refusesABadOrMissingBoxNamingTheField() {
        for (String query : List.of("?bbox=114,22,113,23", "?bbox=114,22,115", "?bbox=a,b,c,d", "")) {
            Response response = api().get(token("dispatcher"), "/api/v1/map/cases" + query);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").toString()).as(query).contains("\"bbox\"");
        }
    }

    @Test
    void countsTheOpenCasesOfEachCellBelowTheClusterZoomAsTheCasesInView() {
        double[] west = pointInGrids();
        double[] east = {west[0] + 0.0005, west[1] + 0.03};
        while (grids.locate(east[0], east[1]).isEmpty()) {
            west = pointInGrids();
            east = new double[] {west[0] + 0.0005, west[1] + 0.03};
        }
        reportAt(west);
        reportAt(west);
        reportAt(east);
        String box = String.format(Locale.ROOT, "%f,%f,%f,%f", west[1] - 0.002, west[0] - 0.002, east[1] + 0.002,
                east[0] + 0.002);
        int zoom = 13;

        for (String user : List.of("dispatcher", "inspector", "handler-gas")) {
            Response cases = api().get(token(user), "/api/v1/map/cases?bbox=" + box);
            Response cells = api().get(token(user), "/api/v1/map/cases?bbox=" + box + "&zoom=" + zoom);

            assertThat(cases.json().path("truncated").asBoolean()).isFalse();
            assertThat(cells.status()).as(cells.body()).isEqualTo(200);
            assertThat(cells.json().path("truncated").asBoolean()).isFalse();
            Map<String, long[]> expected = new java.util.TreeMap<>();
            for (JsonNode feature : cases.json().path("features")) {
                double lon = feature.path("geometry").path("coordinates").get(0).asDouble();
                double lat = feature.path("geometry").path("coordinates").get(1).asDouble();
                long[] cell = expected.computeIfAbsent(cell(lat, lon, zoom), key -> new long[4]);
                JsonNode light = feature.path("properties").path("light");
                String shown = light.isString() ? light.asString() : "";
                cell[0]++;
                cell[1] += shown.equals("RED") ? 1 : 0;
                cell[2] += shown.equals("YELLOW") ? 1 : 0;
                cell[3] += shown.equals("GREEN") ? 1 : 0;
            }
            Map<String, long[]> counted = new java.util.TreeMap<>();
            for (JsonNode feature : cells.json().path("features")) {
                JsonNode properties = feature.path("properties");
                assertThat(properties.has("number")).as("a cell, not a case").isFalse();
                long count = properties.path("count").asLong();
                long untimed = properties.has("untimed") ? properties.path("untimed").asLong() : 0;
                assertThat(properties.path("red").asLong() + properties.path("yellow").asLong()
                        + properties.path("green").asLong() + untimed).as("the lights add up").isEqualTo(count);
                double lon = feature.path("geometry").path("coordinates").get(0).asDouble();
                double lat = feature.path("geometry").path("coordinates").get(1).asDouble();
                assertThat(counted.put(cell(lat, lon, zoom), new long[] {count, properties.path("red").asLong(),
                        properties.path("yellow").asLong(), properties.path("green").asLong()}))
                        .as("the mean position lies in its own cell, one feature per cell").isNull();
            }
            assertThat(counted).as(user).hasSameSizeAs(expected);
            expected.forEach((cell, counts) -> assertThat(counted.get(cell)).as(user + " " + cell)
                    .containsExactly(counts));
            if (!user.equals("handler-gas")) {
                assertThat(expected).as(user + ": the two places fall in two cells").hasSizeGreaterThanOrEqualTo(2);
                assertThat(expected.values().stream().mapToLong(c -> c[0]).sum()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void answersCasesFromTheClusterZoomAndWithoutZoom() {
        double[] point = pointInGrids();
        String number = reportAt(point);
        String box = "/api/v1/map/cases?bbox=" + around(point, 0.001);

        assertThat(numbers(api().get(token("dispatcher"), box + "&zoom=15"))).contains(number);
        assertThat(numbers(api().get(token("dispatcher"), box))).contains(number);
        Response cells = api().get(token("dispatcher"), box + "&zoom=14");
        assertThat(cells.status()).isEqualTo(200);
        assertThat(cells.body()).doesNotContain(number);
        long total = 0;
        for (JsonNode feature : cells.json().path("features")) {
            total += feature.path("properties").path("count").asLong();
        }
        assertThat(total).isEqualTo(numbers(api().get(token("dispatcher"), box)).size());
    }

    @Test
    void refusesABadZoomNamingTheField() {
        for (String zoom : List.of("abc", "-1", "23", "", "12.5")) {
            Response response = api().get(token("dispatcher"), "/api/v1/map/cases?bbox=114,22,115,23&zoom=" + zoom);

            assertThat(response.status()).as(zoom).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").toString()).as(zoom).contains("\"zoom\"");
        }
    }

    /** The cell of 64 screen pixels of the Web Mercator tiles at the zoom, as x/y. */
    private static String cell(double latitude, double longitude, int zoom) {
        double cells = 4 * Math.pow(2, zoom);
        double sin = Math.sin(Math.toRadians(latitude));
        long x = (long) Math.floor((longitude + 180) / 360 * cells);
        long y = (long) Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * cells);
        return x + "/" + y;
    }

    @Test
    void filtersTheCaseListByUnitGrid() {
        String number = reportAt(pointInGrids());
        String grid = get("dispatcher", number).json().path("grid").path("code").asString();
        String otherGrid = grid.substring(0, grid.length() - 2) + (grid.endsWith("99") ? "98" : "99");

        Response inGrid = api().get(token("dispatcher"), "/api/v1/cases?size=200&grid=" + grid);
        Response inOther = api().get(token("dispatcher"), "/api/v1/cases?size=200&grid=" + otherGrid);
        Response bad = api().get(token("dispatcher"), "/api/v1/cases?grid=12ab");

        assertThat(inGrid.status()).isEqualTo(200);
        List<String> gridsListed = new ArrayList<>();
        inGrid.json().path("content").forEach(line -> gridsListed.add(line.path("gridCode").asString()));
        assertThat(gridsListed).containsOnly(grid);
        assertThat(inGrid.json().path("content").toString()).contains(number);
        assertThat(inOther.json().path("content").toString()).doesNotContain(number);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").toString()).contains("\"grid\"");
    }

    private String reportAt(double[] point) {
        Response response = api().post(token("inspector"), "/api/v1/reports", reportBody(point));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private static String around(double[] point, double half) {
        return String.format(Locale.ROOT, "%f,%f,%f,%f", point[1] - half, point[0] - half, point[1] + half,
                point[0] + half);
    }

    private static JsonNode feature(Response response, String number) {
        for (JsonNode feature : response.json().path("features")) {
            if (number.equals(feature.path("properties").path("number").asString())) {
                return feature;
            }
        }
        return null;
    }

    private static List<String> numbers(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        response.json().path("features").forEach(f -> numbers.add(f.path("properties").path("number").asString()));
        return numbers;
    }
}
