package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridDirectory;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HttpIntegrationTest
class AreaApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridDirectory directory;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    private int revisionCount() {
        return api.get(admin, "/api/v1/areas/revisions").json().size();
    }

    @Test
    void listsTheDemoDistrictsAreasByLevel() {
        Response districts = api.get(admin, "/api/v1/areas?level=district");
        Response subdistricts = api.get(api.token("inspector"), "/api/v1/areas?level=subdistrict");
        Response communities = api.get(admin, "/api/v1/areas?level=community");

        assertThat(districts.json()).singleElement().satisfies(district -> {
            assertThat(district.path("code").asString()).isEqualTo("440307");
            assertThat(district.path("name").asString()).isEqualTo("龙岗区");
            assertThat(district.path("parentCode").isNull()).isTrue();
        });
        assertThat(subdistricts.json()).hasSize(13);
        assertThat(subdistricts.json().get(0).path("code").asString()).isEqualTo("440307001");
        assertThat(subdistricts.json().get(0).path("name").asString()).isEqualTo("平湖");
        assertThat(subdistricts.json().get(0).path("parentCode").asString()).isEqualTo("440307");
        assertThat(communities.json()).hasSize(100);
        assertThat(communities.json().get(0).path("parentCode").asString()).isEqualTo("440307001");
        assertThat(api.get(admin, "/api/v1/areas").json()).hasSize(114);
        Response badLevel = api.get(admin, "/api/v1/areas?level=street");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().path("errors").get(0).path("field").asString()).isEqualTo("level");
    }

    @Test
    void anExportImportedBackChangesNothing() {
        Response export = api.get(admin, "/api/v1/areas/export");
        assertThat(export.contentType()).startsWith("application/geo+json");
        assertThat(export.json().path("features")).hasSize(114);
        int revisions = revisionCount();

        Response imported = api.postRaw(admin, "/api/v1/areas/import?format=geojson", export.body());

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("changed").asBoolean()).isFalse();
        assertThat(revisionCount()).isEqualTo(revisions);
    }

    @Test
    void aReImportWithChangesIsANewRevisionThatRenamesTheCommunityUnitGridsReferTo() {
        String original = api.get(admin, "/api/v1/areas/export").body();
        String community = "440307013001";
        String oldName = directory.communities("440307013").get(0).name();
        int revisions = revisionCount();

        Response renamed = api.postRaw(admin, "/api/v1/areas/import?label=renamed",
                original.replace("\"" + oldName + "\"", "\"" + oldName + "新\""));
        try {
            assertThat(renamed.status()).isEqualTo(201);
            assertThat(renamed.json().path("changed").asBoolean()).isTrue();
            assertThat(renamed.json().path("revision").path("label").asString()).isEqualTo("renamed");
            assertThat(renamed.json().path("revision").path("communityCount").asInt()).isEqualTo(100);
            assertThat(revisionCount()).isEqualTo(revisions + 1);
            assertThat(api.get(admin, "/api/v1/areas/revisions").json().get(0).path("importedBy").asString())
                    .isEqualTo("admin");
            assertThat(directory.communities("440307013")).filteredOn(c -> c.code().equals(community))
                    .singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(oldName + "新"));
            assertThat(api.get(admin, "/api/v1/audit?object=area").json().toString()).contains("440307");
            assertThat(api.get(admin, "/api/v1/map/areas?level=community").body()).contains(oldName + "新");
        } finally {
            Response restored = api.postRaw(admin, "/api/v1/areas/import?label=restored", original);
            assertThat(restored.status()).isEqualTo(201);
        }
        assertThat(directory.communities("440307013").get(0).name()).isEqualTo(oldName);
    }

    @Test
    void refusesAFileWithBadFeaturesWholeAndListsEachOfThem() {
        String original = api.get(admin, "/api/v1/areas/export").body();
        int revisions = revisionCount();
        String bad = original.replace("\n]}", """
                ,
                {"type":"Feature","properties":{"level":"community","code":"44030700100","name":"短码社区"},
                 "geometry":{"type":"Polygon","coordinates":[[[114.1,22.7],[114.11,22.7],[114.11,22.71],[114.1,22.7]]]}},
                {"type":"Feature","properties":{"level":"community","code":"440307099001","name":"无主社区"},
                 "geometry":{"type":"Polygon","coordinates":[[[114.1,22.7],[114.11,22.7],[114.11,22.71],[114.1,22.7]]]}},
                {"type":"Feature","properties":{"level":"town","code":"440307001099","name":"某镇"},
                 "geometry":{"type":"Point","coordinates":[114.1,22.7]}}
                ]}""");

        Response refused = api.postRaw(admin, "/api/v1/areas/import", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode features = refused.json().path("features");
        assertThat(features.valueStream().map(feature -> feature.path("index").asInt() + ":"
                + feature.path("reason").asString()).toList()).containsExactly(
                "115:MALFORMED_CODE", "116:UNKNOWN_PARENT", "117:NOT_A_POLYGON", "117:UNKNOWN_LEVEL");
        assertThat(features.get(0).path("message").asString())
                .isEqualTo("第 115 个要素（编码 44030700100）：编码不合格，社区代码应为 12 位数字，后 3 位不能为 000。");
        assertThat(refused.json().path("errors").get(1).path("field").asString()).isEqualTo("features[116]");
        assertThat(revisionCount()).isEqualTo(revisions);
        assertThat(api.get(admin, "/api/v1/areas?level=community").json()).hasSize(100);
    }

    @Test
    void refusesAnotherDistrictThanThePlatformsNamingIt() {
        String sample = """
                level,code,name,wkt
                district,440399,示例区,"POLYGON((113.9 22.5, 113.94 22.5, 113.94 22.52, 113.9 22.52, 113.9 22.5))"
                """;

        Response refused = api.postRaw(admin, "/api/v1/areas/import?format=csv", sample);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("features").get(0).path("reason").asString()).isEqualTo("OTHER_DISTRICT");
    }

    @Test
    void refusesAFileThatIsNoAreaFileNamingTheField() {
        for (String body : List.of("", "{not json", "code,name\n1,a\n")) {
            Response refused = api.postRaw(admin, "/api/v1/areas/import", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        }
        Response longLabel = api.postRaw(admin, "/api/v1/areas/import?label=" + "x".repeat(101), "{}");
        assertThat(longLabel.json().path("errors").get(0).path("field").asString()).isEqualTo("label");
        assertThat(api.postRaw(admin, "/api/v1/areas/import?format=xml", "{}").status()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsImport() {
        String export = api.get(admin, "/api/v1/areas/export").body();

        assertThat(api.postRaw(api.token("inspector"), "/api/v1/areas/import", export).status()).isEqualTo(403);
        assertThat(api.postRaw(api.token("dispatcher"), "/api/v1/areas/import", export).status()).isEqualTo(403);
        assertThat(api.postRaw(null, "/api/v1/areas/import", export).status()).isEqualTo(401);
    }

    @Test
    void aUnitGridImportRefusesACommunityThatIsNotAmongTheAreas() {
        String grid = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"code":"44030709900101","communityCode":"440307099001"},
                 "geometry":{"type":"Polygon","coordinates":[[[114.1,22.7],[114.101,22.7],[114.101,22.701],[114.1,22.7]]]}}]}""";

        Response refused = api.postRaw(admin, "/api/v1/grids/versions?label=x&effectiveFrom=2095-01-01", grid);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("features").get(0).path("reason").asString()).isEqualTo("UNKNOWN_COMMUNITY");
    }
}
