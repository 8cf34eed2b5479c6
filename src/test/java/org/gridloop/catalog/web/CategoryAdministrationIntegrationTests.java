package org.gridloop.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.internal.CatalogRestore;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The administrator's changes of the dictionary over real HTTP: the scheme in force, local
 * classes with their code checks, deactivation closing a class to new reports, the audit log.
 */
@HttpIntegrationTest
class CategoryAdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    GridLookup grids;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @AfterEach
    void restoreDictionary() {
        CatalogRestore.restore(context);
    }

    @Test
    void putsTheOtherSchemeInForceAndListsItsClasses() {
        Response chosen = api.put(admin, "/api/v1/categories/scheme", Map.of("scheme", "CJ/T 214-2007"));

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/categories").json()).hasSize(137);
        Response schemes = api.get(admin, "/api/v1/categories/schemes");
        assertThat(schemes.json().valueStream().filter(s -> s.path("active").asBoolean())
                .map(s -> s.path("id").asString())).containsExactly("CJ/T 214-2007");
        assertThat(audit("category-scheme").path(0).path("after").path("scheme").asString())
                .isEqualTo("CJ/T 214-2007");
    }

    @Test
    void refusesAnUnknownSchemeNamingTheField() {
        Response refused = api.put(admin, "/api/v1/categories/scheme", Map.of("scheme", "GB/T 0000"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(field(refused)).isEqualTo("scheme");
    }

    @Test
    void addsALocalIncidentTypeUnderAnExistingMajorClass() {
        Response added = api.post(admin, "/api/v1/categories", local("06901", "06", null, "共享单车乱停放"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("majorName").asString()).isEqualTo("市容环境类");
        assertThat(added.json().path("local").asBoolean()).isTrue();
        assertThat(api.get(api.token("inspector"), "/api/v1/categories").json().valueStream()
                .anyMatch(c -> c.path("code").asString().equals("06901") && c.path("kind").asString().equals("incident")))
                .isTrue();
        assertThat(audit("category").path(0).path("action").asString()).isEqualTo("create");
        assertThat(report("06901").status()).isEqualTo(201);
    }

    @Test
    void addsALocalClassUnderANewMajorClassWithItsName() {
        Response added = api.post(admin, "/api/v1/categories", local("11901", "11", "社区治理类", "楼道堆物"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("majorName").asString()).isEqualTo("社区治理类");
    }

    @Test
    void checksTheCodeOfALocalClassAgainstTheScheme() {
        assertThat(field(api.post(admin, "/api/v1/categories", local("0690", "06", null, "短编码")))).isEqualTo("code");
        assertThat(field(api.post(admin, "/api/v1/categories", local("07901", "06", null, "大类不符")))).isEqualTo("code");
        assertThat(field(api.post(admin, "/api/v1/categories", local("06101", "06", null, "国家编码段")))).isEqualTo("code");
        assertThat(field(api.post(admin, "/api/v1/categories", local("11901", "11", null, "新大类无名")))).isEqualTo("majorName");
        assertThat(field(api.post(admin, "/api/v1/categories", local("06901", "06", "别的名字", "大类名不符"))))
                .isEqualTo("majorName");
        assertThat(field(api.post(admin, "/api/v1/categories", local("06901", "06", null, null)))).isEqualTo("name");
        Map<String, Object> badKind = local("06901", "06", null, "类型错");
        badKind.put("kind", "thing");
        assertThat(field(api.post(admin, "/api/v1/categories", badKind))).isEqualTo("kind");

        api.post(admin, "/api/v1/categories", local("06901", "06", null, "共享单车乱停放"));
        Response taken = api.post(admin, "/api/v1/categories", local("06901", "06", null, "重复"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(field(taken)).isEqualTo("code");
    }

    @Test
    void aDeactivatedClassTakesNoNewReportAndCanBeActivatedAgain() {
        Response deactivated = api.post(admin, "/api/v1/categories/incident/06010/deactivate", null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().path("deactivated").asBoolean()).isTrue();
        Response refused = report("06010");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(field(refused)).isEqualTo("categoryCode");
        assertThat(api.get(admin, "/api/v1/categories").json().valueStream()
                .noneMatch(c -> c.path("code").asString().equals("06010") && c.path("kind").asString().equals("incident")))
                .isTrue();
        assertThat(api.get(admin, "/api/v1/categories?all=true").json().valueStream()
                .anyMatch(c -> c.path("code").asString().equals("06010") && c.path("deactivated").asBoolean()))
                .isTrue();
        assertThat(audit("category").path(0).path("action").asString()).isEqualTo("deactivate");

        assertThat(api.post(admin, "/api/v1/categories/incident/06010/activate", null).status()).isEqualTo(200);
        assertThat(report("06010").status()).isEqualTo(201);
    }

    @Test
    void onlyAnAdministratorChangesTheDictionary() {
        String dispatcher = api.token("dispatcher");

        assertThat(api.put(dispatcher, "/api/v1/categories/scheme", Map.of("scheme", "CJ/T 214-2007")).status())
                .isEqualTo(403);
        assertThat(api.post(dispatcher, "/api/v1/categories", local("06901", "06", null, "x")).status()).isEqualTo(403);
        assertThat(api.post(dispatcher, "/api/v1/categories/incident/06010/deactivate", null).status()).isEqualTo(403);
        assertThat(api.post(admin, "/api/v1/categories/incident/99999/deactivate", null).status()).isEqualTo(404);
    }

    private Response report(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", code);
        double[] point = pointInGrids();
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "分类测试");
        body.put("clientId", "category-" + code + "-" + System.nanoTime());
        return api.post(api.token("inspector"), "/api/v1/reports", body);
    }

    private double[] pointInGrids() {
        for (double lat = 22.60; ; lat += 0.003) {
            for (double lon = 114.10; lon < 114.50; lon += 0.003) {
                if (grids.locate(lat, lon).isPresent()) {
                    return new double[] {lat, lon};
                }
            }
        }
    }

    private tools.jackson.databind.JsonNode audit(String object) {
        return api.get(admin, "/api/v1/audit?object=" + object + "&limit=1").json().path("entries");
    }

    private static Map<String, Object> local(String code, String majorCode, String majorName, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("code", code);
        body.put("majorCode", majorCode);
        body.put("majorName", majorName);
        body.put("name", name);
        return body;
    }

    private static String field(Response response) {
        return response.json().path("errors").path(0).path("field").asString();
    }
}
