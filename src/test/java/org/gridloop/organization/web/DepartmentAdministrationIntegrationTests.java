package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's changes of the departments over real HTTP: creation with its checks,
 * subdistrict offices, edits refused when based on an old version, deactivation, the audit log.
 */
@HttpIntegrationTest
class DepartmentAdministrationIntegrationTests {

    private static final String PINGHU = "440307001";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void createsADepartmentListedInBothLanguagesAndAudited() {
        Response created = api.post(admin, "/api/v1/departments",
                department("metro-works", "轨道交通建设办", "Metro Works Office", "department", null));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("version").asInt()).isZero();
        JsonNode listed = api.get(admin, "/api/v1/departments").json().valueStream()
                .filter(entry -> entry.path("code").asString().equals("metro-works")).findFirst().orElseThrow();
        assertThat(listed.path("name").asString()).isEqualTo("轨道交通建设办");
        assertThat(listed.path("nameEn").asString()).isEqualTo("Metro Works Office");
        JsonNode entry = audit("metro-works").path(0);
        assertThat(entry.path("action").asString()).isEqualTo("create");
        assertThat(entry.path("actor").asString()).isEqualTo("admin");
        assertThat(entry.path("after").path("name").asString()).isEqualTo("轨道交通建设办");
    }

    @Test
    void refusesBadInputNamingEachField() {
        assertThat(fields(api.post(admin, "/api/v1/departments", department("Bad Code", "名称", null, null, null))))
                .containsExactly("code");
        assertThat(fields(api.post(admin, "/api/v1/departments", department("no-name", null, null, null, null))))
                .containsExactly("name");
        assertThat(fields(api.post(admin, "/api/v1/departments", department("odd-kind", "名称", null, "bureau", null))))
                .containsExactly("kind");
        assertThat(fields(api.post(admin, "/api/v1/departments",
                department("office-x", "某街道办", null, "subdistrict-office", null)))).containsExactly("subdistrictCode");
        assertThat(fields(api.post(admin, "/api/v1/departments",
                department("office-y", "某街道办", null, "subdistrict-office", "440307999"))))
                .containsExactly("subdistrictCode");
        assertThat(fields(api.post(admin, "/api/v1/departments",
                department("dept-z", "某部门", null, "department", PINGHU)))).containsExactly("subdistrictCode");
        Response taken = api.post(admin, "/api/v1/departments", department("water", "重复", null, null, null));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(fields(taken)).containsExactly("code");
    }

    @Test
    void allowsOneActiveOfficePerSubdistrict() {
        String subdistrict = "440307002";
        assertThat(api.post(admin, "/api/v1/departments",
                department("office-bantian", "坂田街道办事处", "Bantian Office", "subdistrict-office", subdistrict))
                .status()).isEqualTo(201);

        Response second = api.post(admin, "/api/v1/departments",
                department("office-bantian-2", "坂田街道办事处二", null, "subdistrict-office", subdistrict));
        assertThat(second.status()).isEqualTo(409);
        assertThat(fields(second)).containsExactly("subdistrictCode");

        assertThat(api.post(admin, "/api/v1/departments/office-bantian/deactivate", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/departments",
                department("office-bantian-2", "坂田街道办事处二", null, "subdistrict-office", subdistrict))
                .status()).isEqualTo(201);
        assertThat(api.post(admin, "/api/v1/departments/office-bantian/activate", Map.of()).status())
                .isEqualTo(409);
        // Other tests of this context expect the demo's territorial department in 坂田.
        api.post(admin, "/api/v1/departments/office-bantian-2/deactivate", Map.of());
    }

    @Test
    void refusesAnEditBasedOnAnOlderVersion() {
        api.post(admin, "/api/v1/departments", department("parks-east", "东部公园管理处", null, null, null));
        Map<String, Object> first = department("parks-east", "东部公园管理中心", null, null, null);
        first.put("version", 0);
        Response edited = api.put(admin, "/api/v1/departments/parks-east", first);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("version").asInt()).isEqualTo(1);

        Map<String, Object> stale = department("parks-east", "东部公园处", null, null, null);
        stale.put("version", 0);
        Response refused = api.put(admin, "/api/v1/departments/parks-east", stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(fields(refused)).containsExactly("version");
        assertThat(api.get(admin, "/api/v1/departments/parks-east").json().path("name").asString())
                .isEqualTo("东部公园管理中心");
        assertThat(audit("parks-east").path(0).path("before").path("name").asString()).isEqualTo("东部公园管理处");
    }

    @Test
    void keepsADeactivatedDepartmentOutOfThePickListButKnown() {
        api.post(admin, "/api/v1/departments", department("old-works", "旧工程处", null, null, null));

        Response deactivated = api.post(admin, "/api/v1/departments/old-works/deactivate", null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(api.get(admin, "/api/v1/departments").json().valueStream()
                .noneMatch(entry -> entry.path("code").asString().equals("old-works"))).isTrue();
        assertThat(api.get(admin, "/api/v1/departments?all=true").json().valueStream()
                .anyMatch(entry -> entry.path("code").asString().equals("old-works"))).isTrue();
        assertThat(audit("old-works").path(0).path("action").asString()).isEqualTo("deactivate");
    }

    @Test
    void letsOnlyAdministratorsChangeDepartments() {
        Response refused = api.post(api.token("dispatcher"), "/api/v1/departments",
                department("by-dispatcher", "调度员建的部门", null, null, null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/departments/by-dispatcher").status()).isEqualTo(404);
    }

    private JsonNode audit(String code) {
        return api.get(admin, "/api/v1/audit?object=department&objectId=" + code + "&limit=5").json().path("entries");
    }

    static Map<String, Object> department(String code, String name, String nameEn, String kind, String subdistrict) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("nameEn", nameEn);
        body.put("kind", kind);
        body.put("subdistrictCode", subdistrict);
        return body;
    }

    static java.util.List<String> fields(Response response) {
        return response.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
