package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo district behind a real HTTP server, with the demo accounts signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CaseApiSupport {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random = new Random(7);

    ApiClient api() {
        if (api == null) {
            api = new ApiClient(port);
        }
        return api;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, name -> api().token(name));
    }

    /** A position inside the demo district's grids. */
    double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }

    String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }

    Map<String, Object> reportBody(double[] point) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", incidentCode());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "测试路 1 号");
        body.put("description", "路面有积水");
        body.put("clientId", UUID.randomUUID().toString());
        return body;
    }

    /** Reports as the demo inspector and returns the new case number. */
    String report() {
        Response response = api().post(token("inspector"), "/api/v1/reports", reportBody(pointInGrids()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    Response act(String username, String number, String action, Map<String, Object> body) {
        return api().post(token(username), "/api/v1/cases/" + number + "/" + action, body);
    }

    /** Takes an action that must succeed and returns the case afterwards. */
    Response step(String username, String number, String action, Map<String, Object> body) {
        Response response = act(username, number, action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    Response step(String username, String number, String action) {
        return step(username, number, action, Map.of());
    }

    Response get(String username, String number) {
        return api().get(token(username), "/api/v1/cases/" + number);
    }
}
