package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridloop.ApiClient;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The field app's dictionary over real HTTP: the inspector's own grids, initials, version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldDictionaryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WorkGrids workGrids;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void holdsTheClassesWithTheirInitialsAndTheInspectorsOwnGridsWithOutlines() throws Exception {
        HttpResponse<String> response = get("inspector", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode dictionary = JSON.readTree(response.body());
        assertThat(dictionary.path("accuracyLimitMeters").asDouble()).isEqualTo(50.0);
        assertThat(dictionary.path("classes").size()).isGreaterThan(100);
        for (JsonNode entry : dictionary.path("classes")) {
            String name = entry.path("name").asString();
            long countable = name.codePoints().filter(c -> c >= 0x4e00 && c <= 0x9fff
                    || c < 0x80 && Character.isLetterOrDigit(c)).count();
            assertThat(entry.path("initials").asString()).as(name).matches("[a-z0-9]*").hasSize((int) countable);
        }
        assertThat(dictionary.path("classes").findValuesAsString("initials")).contains("gsjg");
        var own = workGrids.assignedTo("inspector");
        assertThat(dictionary.path("workGrids").size()).isEqualTo(own.size());
        int unitGrids = (int) own.stream().flatMap(work -> work.unitGrids().stream()).map(GridCode::value).distinct()
                .count();
        assertThat(dictionary.path("unitGrids").size()).isEqualTo(unitGrids);
        JsonNode ring = dictionary.path("unitGrids").path(0).path("ring");
        assertThat(ring.size()).isGreaterThan(3);
        assertThat(ring.path(0).path(0).asDouble()).as("latitude first").isBetween(22.0, 23.0);
        assertThat(ring.path(0).path(1).asDouble()).isBetween(113.5, 115.0);
    }

    @Test
    void answersNotModifiedWhileTheVersionStands() throws Exception {
        HttpResponse<String> first = get("inspector", null);
        String version = JSON.readTree(first.body()).path("version").asString();
        assertThat(version).isNotBlank();
        assertThat(first.headers().firstValue("ETag")).hasValue("\"" + version + "\"");

        HttpResponse<String> again = get("inspector", "\"" + version + "\"");
        HttpResponse<String> stale = get("inspector", "\"0000\"");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void isForInspectorsOnly() throws Exception {
        assertThat(get("operator", null).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/v1/field/dictionary");
    }

    private HttpResponse<String> get(String username, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri())
                .header("Authorization", "Bearer " + new ApiClient(port).token(username));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
