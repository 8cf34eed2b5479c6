package org.gridloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo district behind a real HTTP server, with the demo accounts signed in as they are
 * needed: positions inside its grids, its first incident class, and case steps over the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DemoDistrictApiSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected GridLookup grids;

    @Autowired
    protected Categories categories;

    private ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random;

    /** @param seed the seed of the positions {@link #pointInGrids()} draws */
    protected DemoDistrictApiSupport(long seed) {
        this.random = new Random(seed);
    }

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(port);
        }
        return api;
    }

    protected String token(String username) {
        return tokens.computeIfAbsent(username, name -> api().token(name));
    }

    /** A position inside the demo district's grids. */
    protected double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }

    protected String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }

    protected Response act(String username, String number, String action, Map<String, Object> body) {
        return api().post(token(username), "/api/v1/cases/" + number + "/" + action, body);
    }

    /** Takes an action that must succeed and returns the case afterwards. */
    protected Response step(String username, String number, String action, Map<String, Object> body) {
        Response response = act(username, number, action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    protected Response step(String username, String number, String action) {
        return step(username, number, action, Map.of());
    }

    protected Response get(String username, String number) {
        return api().get(token(username), "/api/v1/cases/" + number);
    }
}
