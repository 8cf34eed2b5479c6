package org.gridloop.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridloop.ApiClient;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetRecords;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The field census: inspectors propose, administrators approve (the register changes, with
 * history) or reject; one review wins; no case is ever created. Each test works on assets of its
 * own, taken from the demo register in the inspector's work grids.
 */
@HttpIntegrationTest
class CensusIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssetLocator locator;

    @Autowired
    ObjectProvider<WorkGrids> workGrids;

    ApiClient api;
    String admin;
    String inspector;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
        inspector = api.token("inspector");
    }

    @Test
    void approvesANewAssetWithTheNextIdentifierOfItsClassAndHistory() {
        Asset near = assetInWorkGrid(0);
        String photo = api.postMultipart(inspector, "/api/v1/census/photos", Map.of(),
                List.of(new ApiClient.Part("photo", "lamp.png", PNG))).text("id");
        int highest = jdbc.sql("SELECT last_value FROM asset_sequence WHERE admin_code = '440307' AND class_code = '03005'")
                .query(Integer.class).single();

        ApiClient.Response proposed = api.post(inspector, "/api/v1/census", Map.of("kind", "new", "classCode", "03005",
                "latitude", near.latitude(), "longitude", near.longitude(), "photoId", photo, "note", "新装垃圾箱"));

        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.text("state")).isEqualTo("PENDING");
        assertThat(proposed.text("gridCode")).isEqualTo(near.gridCode());
        long id = proposed.json().path("id").asLong();
        assertThat(api.get(admin, "/api/v1/census?state=pending").json()).anyMatch(p -> p.path("id").asLong() == id);

        ApiClient.Response approved = api.post(admin, "/api/v1/census/" + id + "/approve", null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("state")).isEqualTo("APPROVED");
        String identifier = approved.text("identifier");
        assertThat(new AssetIdentifier(identifier).sequence()).isGreaterThan(highest);
        assertThat(new AssetIdentifier(identifier).classCode()).isEqualTo("03005");
        ApiClient.Response asset = api.get(admin, "/api/v1/assets/" + identifier);
        assertThat(asset.text("name")).isEqualTo("垃圾箱");
        assertThat(asset.text("status")).isEqualTo("INTACT");
        assertThat(asset.text("dataSource")).isEqualTo("census");
        JsonNode history = api.get(admin, "/api/v1/assets/" + identifier + "/history").json();
        assertThat(history.get(0).path("action").asString()).isEqualTo("CREATED");
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo("admin");
        assertThat(history.get(0).path("source").asString()).isEqualTo("census:" + id);
        assertThat(history.get(0).path("before").isNull()).isTrue();
        assertThat(locator.find(new AssetIdentifier(identifier))).isPresent();
        JsonNode decision = api.get(admin, "/api/v1/audit?object=census&objectId=" + id).json().path("entries");
        assertThat(decision.get(0).path("action").asString()).isEqualTo("approve");
        assertThat(decision.get(0).path("after").path("asset").asString()).isEqualTo(identifier);
        JsonNode registered = api.get(admin, "/api/v1/audit?object=asset&objectId=" + identifier).json().path("entries");
        assertThat(registered.get(0).path("action").asString()).isEqualTo("create");
        assertThat(registered.get(0).path("after").path("classCode").asString()).isEqualTo("03005");
    }

    @Test
    void approvesAChangeAndARemovalRecordingBeforeAndAfter() {
        Asset changed = assetInWorkGrid(1);
        Asset removed = assetInWorkGrid(2);
        long change = propose(Map.of("kind", "change", "identifier", changed.identifier().value(), "status", "damaged",
                "remarks", "灯罩破损"));
        long removal = propose(Map.of("kind", "remove", "identifier", removed.identifier().value()));

        assertThat(api.post(admin, "/api/v1/census/" + change + "/approve", null).status()).isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/census/" + removal + "/approve", null).status()).isEqualTo(200);

        ApiClient.Response after = api.get(admin, "/api/v1/assets/" + changed.identifier());
        assertThat(after.text("status")).isEqualTo("DAMAGED");
        assertThat(after.text("remarks")).isEqualTo("灯罩破损");
        assertThat(after.json().path("version").asInt()).isEqualTo(1);
        JsonNode history = api.get(admin, "/api/v1/assets/" + changed.identifier() + "/history").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("CHANGED");
        assertThat(last.path("before").path("status").asString()).isEqualTo("INTACT");
        assertThat(last.path("after").path("status").asString()).isEqualTo("DAMAGED");
        assertThat(locator.find(changed.identifier())).get().extracting(Asset::status).isEqualTo(AssetStatus.DAMAGED);

        assertThat(api.get(admin, "/api/v1/assets/" + removed.identifier()).text("status")).isEqualTo("REMOVED");
        assertThat(locator.find(removed.identifier())).isEmpty();
        JsonNode removalHistory = api.get(admin, "/api/v1/assets/" + removed.identifier() + "/history").json();
        assertThat(removalHistory.get(removalHistory.size() - 1).path("action").asString()).isEqualTo("REMOVED");
        assertThat(api.post(inspector, "/api/v1/census", Map.of("kind", "remove", "identifier",
                removed.identifier().value())).status()).isEqualTo(409);
    }

    @Test
    void rejectsWithAReasonAndLeavesTheRegisterAlone() {
        Asset asset = assetInWorkGrid(3);
        long id = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "lost"));

        ApiClient.Response noReason = api.post(admin, "/api/v1/census/" + id + "/reject", Map.of("reason", " "));
        ApiClient.Response rejected = api.post(admin, "/api/v1/census/" + id + "/reject", Map.of("reason", "现场核实完好"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("state")).isEqualTo("REJECTED");
        assertThat(rejected.text("reviewReason")).isEqualTo("现场核实完好");
        JsonNode mine = api.get(inspector, "/api/v1/census?state=rejected").json();
        assertThat(mine).anyMatch(p -> p.path("id").asLong() == id)
                .allMatch(p -> p.path("proposedBy").asString().equals("inspector"));
        assertThat(api.get(admin, "/api/v1/census?state=later").status()).isEqualTo(400);
        assertThat(api.get(admin, "/api/v1/assets/" + asset.identifier()).text("status")).isEqualTo("INTACT");
        assertThat(api.get(admin, "/api/v1/assets/" + asset.identifier() + "/history").json().size()).isZero();
        assertThat(api.post(admin, "/api/v1/census/" + id + "/approve", null).status()).isEqualTo(409);
    }

    @Test
    void letsOneOfTwoConcurrentReviewsWin() throws Exception {
        Asset asset = assetInWorkGrid(4);
        long id = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "abandoned"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> approve = () -> {
                start.await();
                return api.post(admin, "/api/v1/census/" + id + "/approve", null).status();
            };
            Callable<Integer> reject = () -> {
                start.await();
                return api.post(admin, "/api/v1/census/" + id + "/reject", Map.of("reason", "重复")).status();
            };
            Future<Integer> first = pool.submit(approve);
            Future<Integer> second = pool.submit(reject);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        String state = api.get(admin, "/api/v1/census/" + id).text("state");
        int changes = api.get(admin, "/api/v1/assets/" + asset.identifier() + "/history").json().size();
        assertThat(changes).isEqualTo(state.equals("APPROVED") ? 1 : 0);
    }

    @Test
    void refusesToApplyAProposalWhoseAssetChangedMeanwhile() {
        Asset asset = assetInWorkGrid(5);
        long stale = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "lost"));
        long fresh = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "damaged"));

        assertThat(api.post(admin, "/api/v1/census/" + fresh + "/approve", null).status()).isEqualTo(200);
        ApiClient.Response conflict = api.post(admin, "/api/v1/census/" + stale + "/approve", null);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(api.get(admin, "/api/v1/census/" + stale).text("state")).isEqualTo("PENDING");
        assertThat(api.get(admin, "/api/v1/assets/" + asset.identifier()).text("status")).isEqualTo("DAMAGED");
    }

    @Test
    void neverCreatesACase() {
        long cases = jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
        Asset asset = assetInWorkGrid(6);

        long id = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "damaged"));
        api.post(admin, "/api/v1/census/" + id + "/approve", null);

        assertThat(jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single()).isEqualTo(cases);
    }

    @Test
    void refusesBadProposalsWithTheFieldAtFault() {
        Asset near = assetInWorkGrid(7);
        ApiClient.Response unknownClass = api.post(inspector, "/api/v1/census", Map.of("kind", "new",
                "classCode", "99999", "latitude", near.latitude(), "longitude", near.longitude()));
        ApiClient.Response noKind = api.post(inspector, "/api/v1/census", Map.of("identifier", near.identifier().value()));
        ApiClient.Response notAPhoto = api.postMultipart(inspector, "/api/v1/census/photos", Map.of(),
                List.of(new ApiClient.Part("photo", "a.png", "text".getBytes())));

        assertThat(unknownClass.status()).isEqualTo(400);
        assertThat(unknownClass.json().path("errors").get(0).path("code").asString()).isEqualTo("asset.class.unknown");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(notAPhoto.status()).isEqualTo(400);
        assertThat(notAPhoto.json().path("errors").get(0).path("field").asString()).isEqualTo("photo");
        assertThat(api.post(admin, "/api/v1/census", Map.of("kind", "remove", "identifier",
                near.identifier().value())).status()).isEqualTo(403);
        assertThat(api.post(inspector, "/api/v1/census/1/approve", null).status()).isEqualTo(403);
        assertThat(api.post(admin, "/api/v1/census/999999/approve", null).status()).isEqualTo(404);
    }

    @Test
    void refusesPositionsOutsideTheInspectorsWorkGrids() {
        WorkGrids grids = workGrids.getIfAvailable();
        Assumptions.assumeTrue(grids != null, "no work grids are defined on this build");
        Asset elsewhere = jdbc.sql("SELECT * FROM asset_register WHERE status = 'INTACT' ORDER BY identifier DESC LIMIT 2000")
                .query((rs, row) -> AssetRecords.asset(rs)).list().stream()
                .filter(asset -> !grids.covers("inspector", new GridCode(asset.gridCode()))).findFirst().orElseThrow();

        ApiClient.Response refused = api.post(inspector, "/api/v1/census", Map.of("kind", "remove", "identifier",
                elsewhere.identifier().value()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("position");
    }

    @Test
    void reviewsOnTheQueuePageInChineseAndEnglish() {
        Asset asset = assetInWorkGrid(8);
        long id = propose(Map.of("kind", "change", "identifier", asset.identifier().value(), "status", "damaged"));
        TestHttp http = new TestHttp(port);
        http.signIn("admin", "demo");

        HttpResponse<String> queue = http.get("/census?lang=zh_CN");
        assertThat(queue.body()).contains("部件普查审核").contains("proposal-" + id).contains("变更").contains("不通过");
        assertThat(http.get("/census?lang=en").body()).contains("Census review").contains("Approve");
        String csrf = TestHttp.csrfToken(queue.body());
        HttpResponse<String> noReason = http.postForm("/census/" + id + "/reject", Map.of("_csrf", csrf, "reason", ""));
        assertThat(http.get("/census?lang=zh_CN").body()).contains("不通过须填写理由");
        HttpResponse<String> approved = http.postForm("/census/" + id + "/approve", Map.of("_csrf", csrf));

        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(http.get("/census").body()).contains("普查提交 " + id + " 已通过");
        assertThat(api.get(admin, "/api/v1/assets/" + asset.identifier()).text("status")).isEqualTo("DAMAGED");
        TestHttp inspectorPage = new TestHttp(port);
        inspectorPage.signIn("inspector", "demo");
        assertThat(inspectorPage.get("/census").statusCode()).isEqualTo(403);
    }

    private long propose(Map<String, Object> proposal) {
        ApiClient.Response response = api.post(inspector, "/api/v1/census", new HashMap<>(proposal));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    /**
     * An intact asset of the demo register, the n-th of the grids the inspector may survey (any
     * grid while no work grids are defined), never one another test changes.
     */
    private Asset assetInWorkGrid(int n) {
        WorkGrids grids = workGrids.getIfAvailable();
        List<String> codes = grids == null ? List.of() : grids.assignedTo("inspector").stream()
                .flatMap(work -> work.unitGrids().stream()).map(GridCode::value).toList();
        String where = codes.isEmpty() ? "" : " AND grid_code = ANY (:grids)";
        var query = jdbc.sql("SELECT * FROM asset_register WHERE status = 'INTACT' AND class_code = '01037'" + where
                + " ORDER BY identifier OFFSET :n LIMIT 1").param("n", 10 + n);
        if (!codes.isEmpty()) {
            query = query.param("grids", codes.toArray(String[]::new));
        }
        return query.query((rs, row) -> AssetRecords.asset(rs)).single();
    }
}
