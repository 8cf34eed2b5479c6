package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.InspectorRoster;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class WorkGridApiIntegrationTests {

    static final String SUBDISTRICT = "440307002";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    WorkGrids workGrids;

    @Autowired
    GridDirectory directory;

    @Autowired
    InspectorRoster roster;

    @Autowired
    ShiftableClock clock;

    ApiClient api;
    String admin;
    List<JsonNode> before;

    @BeforeEach
    void remember() {
        api = new ApiClient(port);
        admin = api.token("admin");
        before = list();
    }

    /** Puts the work grids of the subdistrict back as they were, so the demo district stays whole. */
    @AfterEach
    void restore() {
        for (JsonNode created : list()) {
            if (created.path("code").asString().startsWith("T-")) {
                assertThat(send("DELETE", "/api/v1/work-grids/" + created.path("code").asString(), null).status())
                        .isEqualTo(204);
            }
        }
        for (JsonNode original : before) {
            String code = original.path("code").asString();
            JsonNode current = api.get(admin, "/api/v1/work-grids/" + code).json();
            if (!current.path("unitGrids").equals(original.path("unitGrids"))
                    || !current.path("name").equals(original.path("name"))
                    || !current.path("inspectors").equals(original.path("inspectors"))) {
                Map<String, Object> body = new HashMap<>(Map.of("name", original.path("name").asString(),
                        "unitGrids", strings(original.path("unitGrids")),
                        "inspectors", strings(original.path("inspectors")),
                        "version", current.path("version").asInt(), "move", true));
                assertThat(send("PUT", "/api/v1/work-grids/" + code, body).status()).isEqualTo(200);
            }
        }
        assertThat(list().stream().map(work -> work.path("unitGrids")).toList())
                .isEqualTo(before.stream().map(work -> work.path("unitGrids")).toList());
    }

    @Test
    void listsTheWorkGridsOfASubdistrictWithUnitGridsInspectorsAndVersion() {
        assertThat(before).hasSizeGreaterThan(10);
        JsonNode first = before.get(0);
        assertThat(first.path("subdistrictCode").asString()).isEqualTo(SUBDISTRICT);
        assertThat(first.path("version").isInt()).isTrue();
        assertThat(first.path("unitGrids").size()).isBetween(1, 5);
        assertThat(strings(first.path("inspectors"))).isNotEmpty().allMatch(roster.inspectors(SUBDISTRICT)::contains);
        assertThat(before).allMatch(work -> work.path("subdistrictCode").asString().equals(SUBDISTRICT));
        assertThat(api.get(admin, "/api/v1/work-grids/unassigned?subdistrict=" + SUBDISTRICT).json()).isEmpty();

        assertThat(api.get(admin, "/api/v1/work-grids?subdistrict=999").status()).isEqualTo(400);
        assertThat(api.get(api.token("inspector"), "/api/v1/work-grids?subdistrict=" + SUBDISTRICT).status())
                .isEqualTo(403);
        Response unknown = api.get(admin, "/api/v1/work-grids/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void createsAWorkGridMovingAUnitGridOnlyWhenAskedAndKeepsTheMapRight() {
        JsonNode source = before.get(0);
        String unit = source.path("unitGrids").get(0).asString();
        String inspector = roster.inspectors(SUBDISTRICT).get(0);
        Map<String, Object> body = new HashMap<>(Map.of("code", "T-NEW", "name", "测试责任网格",
                "subdistrictCode", SUBDISTRICT, "unitGrids", List.of(unit), "inspectors", List.of(inspector)));

        Response refused = send("POST", "/api/v1/work-grids", body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains(unit, source.path("code").asString());
        assertThat(field(refused)).isEqualTo("unitGrids[0]");
        assertThat(workGrids.containing(new GridCode(unit)).map(WorkGrid::code)).contains(source.path("code").asString());

        body.put("move", true);
        Response created = send("POST", "/api/v1/work-grids", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo("T-NEW");
        assertThat(strings(created.json().path("unitGrids"))).containsExactly(unit);
        assertThat(strings(created.json().path("inspectors"))).containsExactly(inspector);
        assertThat(workGrids.containing(new GridCode(unit)).map(WorkGrid::code)).contains("T-NEW");
        assertThat(workGrids.assignedTo(inspector)).extracting(WorkGrid::code).contains("T-NEW");
        JsonNode shrunk = api.get(admin, "/api/v1/work-grids/" + source.path("code").asString()).json();
        assertThat(strings(shrunk.path("unitGrids"))).doesNotContain(unit).hasSize(source.path("unitGrids").size() - 1);
        assertThat(shrunk.path("version").asInt()).isEqualTo(source.path("version").asInt() + 1);
        assertThat(mapWorkGrid(unit)).isEqualTo("T-NEW");

        Response taken = send("POST", "/api/v1/work-grids", body);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(field(taken)).isEqualTo("code");

        assertThat(send("DELETE", "/api/v1/work-grids/T-NEW?version=0", null).status()).isEqualTo(204);

        assertThat(strings(api.get(admin, "/api/v1/work-grids/unassigned?subdistrict=" + SUBDISTRICT).json(), "code"))
                .containsExactly(unit);
        assertThat(workGrids.containing(new GridCode(unit))).isEmpty();
        assertThat(mapWorkGrid(unit)).isNull();
        JsonNode audit = api.get(admin, "/api/v1/audit?object=work-grid&objectId=T-NEW&limit=5").json().path("entries");
        assertThat(audit.valueStream().map(entry -> entry.path("action").asString())).containsExactly("delete", "create");
        assertThat(strings(audit.path(1).path("after").path("unitGrids"))).containsExactly(unit);
    }

    @Test
    void replacesAWorkGridAndRefusesAMoveThatWouldLeaveAnotherOneEmpty() {
        JsonNode target = before.get(0);
        JsonNode other = before.get(1);
        List<String> units = new ArrayList<>(strings(target.path("unitGrids")));
        units.add(other.path("unitGrids").get(0).asString());
        String code = target.path("code").asString();
        Map<String, Object> body = new HashMap<>(Map.of("name", "改名的责任网格", "unitGrids", units,
                "inspectors", roster.inspectors(SUBDISTRICT).subList(0, 2), "version", target.path("version").asInt()));

        Response refused = send("PUT", "/api/v1/work-grids/" + code, body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(field(refused)).isEqualTo("unitGrids[" + (units.size() - 1) + "]");

        body.put("move", true);
        Response replaced = send("PUT", "/api/v1/work-grids/" + code, body);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.text("name")).isEqualTo("改名的责任网格");
        assertThat(replaced.json().path("version").asInt()).isEqualTo(target.path("version").asInt() + 1);
        assertThat(strings(replaced.json().path("unitGrids"))).containsExactlyElementsOf(units.stream().sorted().toList());
        assertThat(strings(replaced.json().path("inspectors"))).hasSize(2);

        List<String> emptying = new ArrayList<>(units);
        JsonNode otherNow = api.get(admin, "/api/v1/work-grids/" + other.path("code").asString()).json();
        emptying.addAll(strings(otherNow.path("unitGrids")));
        Response empties = send("PUT", "/api/v1/work-grids/" + code, Map.of("name", "x", "unitGrids", emptying,
                "inspectors", List.of(), "version", replaced.json().path("version").asInt(), "move", true));

        assertThat(empties.status()).isEqualTo(422);
        assertThat(empties.text("detail")).contains(other.path("code").asString());
        assertThat(field(empties)).startsWith("unitGrids[");
        assertThat(api.get(admin, "/api/v1/work-grids/" + code).json().path("unitGrids"))
                .isEqualTo(replaced.json().path("unitGrids"));
    }

    @Test
    void refusesUnknownAndForeignUnitGridsAndInspectorsOutsideTheTeamNamingTheField() {
        String own = before.get(0).path("unitGrids").get(0).asString();
        String foreign = workGrids.assignedTo("inspector").get(0).unitGrids().get(0).value();
        String unknown = own.substring(0, 12) + "99";
        assertThat(directory.grid(new GridCode(unknown))).isEmpty();
        String inspector = roster.inspectors(SUBDISTRICT).get(0);

        assertRefused(create(List.of(own, unknown), List.of(inspector)), 422, "unitGrids[1]", unknown);
        assertRefused(create(List.of(foreign), List.of(inspector)), 422, "unitGrids[0]", foreign);
        assertRefused(create(List.of(own), List.of(inspector, "inspector")), 422, "inspectors[1]", "inspector");
        assertRefused(create(List.of(own), List.of("nobody")), 422, "inspectors[0]", "nobody");
        assertRefused(create(List.of("12345"), List.of()), 400, "unitGrids[0]", null);
        assertRefused(create(List.of(), List.of()), 400, "unitGrids", null);
        Response chinese = create(List.of(foreign), List.of());
        assertThat(chinese.json().path("errors").get(0).path("message").asString()).isEqualTo("不属于本街道。");
        assertThat(chinese.text("detail")).isEqualTo("单元网格 " + foreign + " 不属于街道 " + SUBDISTRICT + "。");

        String code = before.get(0).path("code").asString();
        assertRefused(send("PUT", "/api/v1/work-grids/" + code, Map.of("name", "x", "unitGrids", List.of(own))),
                400, "version", null);
        assertThat(send("PUT", "/api/v1/work-grids/T-NONE", Map.of("name", "x", "unitGrids", List.of(own),
                "version", 0)).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/work-grids/T-NONE", null).status()).isEqualTo(404);
        assertThat(workGrids.containing(new GridCode(own)).map(WorkGrid::code)).contains(code);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void ofTwoConcurrentEditsOfTheSameVersionOneIsRefusedWith409() throws Exception {
        JsonNode target = before.get(2);
        String code = target.path("code").asString();
        List<String> team = roster.inspectors(SUBDISTRICT);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> edits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = Map.of("name", target.path("name").asString(),
                    "unitGrids", strings(target.path("unitGrids")), "inspectors", List.of(team.get(i)),
                    "version", target.path("version").asInt());
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return send("PUT", "/api/v1/work-grids/" + code, body);
            }));
        }
        start.countDown();
        List<Response> responses = edits.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response lost = responses.stream().filter(response -> response.status() == 409).findFirst().orElseThrow();
        assertThat(field(lost)).isEqualTo("version");
        Response won = responses.stream().filter(response -> response.status() == 200).findFirst().orElseThrow();
        JsonNode stored = api.get(admin, "/api/v1/work-grids/" + code).json();
        assertThat(stored.path("inspectors")).isEqualTo(won.json().path("inspectors"));
        assertThat(stored.path("version").asInt()).isEqualTo(target.path("version").asInt() + 1);
        assertThat(send("DELETE", "/api/v1/work-grids/" + code + "?version=" + target.path("version").asInt(), null)
                .status()).isEqualTo(409);
    }

    @Test
    void listsTheNewCodesOfAGridVersionAsUnassignedOnceItIsInEffect() {
        String own = before.get(0).path("unitGrids").get(0).asString();
        String newCode = own.substring(0, 12) + "901";
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"" + newCode + "\",\"communityCode\":\"" + own.substring(0, 12) + "\"},"
                + "\"geometry\":" + directory.outlineGeoJson(new GridCode(own)).orElseThrow() + "}]}";
        Response imported = sendRaw("POST", "/api/v1/grids/versions?label=work-grids&effectiveFrom=2096-07-01&format=geojson",
                file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        try {
            clock.stopAt(Instant.parse("2096-06-30T16:00:00Z"));
            admin = api.token("admin");

            assertThat(strings(api.get(admin, "/api/v1/work-grids/unassigned?subdistrict=" + SUBDISTRICT).json(), "code"))
                    .containsExactly(newCode);
            assertThat(api.get(admin, "/api/v1/work-grids/unassigned?subdistrict=440307001").json()).isEmpty();
            Response refused = create(List.of(own), List.of());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text("detail")).contains(own, "不在当前生效的网格版本中");
        } finally {
            clock.reset();
            admin = api.token("admin");
        }
        assertThat(api.get(admin, "/api/v1/work-grids/unassigned?subdistrict=" + SUBDISTRICT).json()).isEmpty();
    }

    private Response create(List<String> unitGrids, List<String> inspectors) {
        return send("POST", "/api/v1/work-grids", Map.of("code", "T-REFUSED", "name", "测试", "subdistrictCode",
                SUBDISTRICT, "unitGrids", unitGrids, "inspectors", inspectors));
    }

    private static void assertRefused(Response response, int status, String field, String named) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(field(response)).isEqualTo(field);
        if (named != null) {
            assertThat(response.text("detail")).contains(named);
        }
    }

    private static String field(Response response) {
        return response.json().path("errors").get(0).path("field").asString();
    }

    private List<JsonNode> list() {
        Response response = api.get(admin, "/api/v1/work-grids?subdistrict=" + SUBDISTRICT);
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    /** The workGrid property of the unit grid in the map's grid layer. */
    private String mapWorkGrid(String unit) {
        JsonNode outline = JSON.readTree(directory.outlineGeoJson(new GridCode(unit)).orElseThrow());
        JsonNode corner = outline.path("coordinates").get(0).get(0);
        double lon = corner.get(0).asDouble();
        double lat = corner.get(1).asDouble();
        String box = (lon - 0.0005) + "," + (lat - 0.0005) + "," + (lon + 0.0005) + "," + (lat + 0.0005);
        JsonNode features = api.get(admin, "/api/v1/map/grids?bbox=" + box + "&zoom=16").json().path("features");
        for (JsonNode feature : features) {
            if (feature.path("properties").path("code").asString().equals(unit)) {
                JsonNode workGrid = feature.path("properties").path("workGrid");
                return workGrid.isNull() ? null : workGrid.asString();
            }
        }
        throw new AssertionError("Unit grid " + unit + " not on the map");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> strings(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asString()).toList();
    }

    private Response send(String method, String path, Object body) {
        return sendRaw(method, path, body == null ? null : JSON.writeValueAsString(body));
    }

    private Response sendRaw(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + admin)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    json, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
