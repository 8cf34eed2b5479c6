package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrative areas page: the tree, the import form and the revisions; administrators only. */
@HttpIntegrationTest
class AreaPageIntegrationTests {

    @LocalServerPort
    int port;

    private TestHttp signedIn(String username) {
        TestHttp http = new TestHttp(port);
        http.signIn(username, "demo");
        return http;
    }

    @Test
    void showsTheTreeTheImportAndTheRevisionsToAdministratorsOnly() {
        TestHttp admin = signedIn("admin");

        String page = admin.get("/admin/areas?lang=zh_CN").body();

        assertThat(page).contains("行政区划", "id=\"area-440307001\"", "id=\"area-440307001001\"", "修订记录",
                "导入行政区划", "enctype=\"multipart/form-data\"", "href=\"/admin/areas\"", "/api/v1/areas/export");
        assertThat(admin.get("/admin/areas?lang=en").body()).contains("Administrative areas", "Import areas", "Revisions");
        admin.get("/admin/areas?lang=zh_CN");
        assertThat(signedIn("inspector").get("/admin/areas").statusCode()).isEqualTo(403);
        assertThat(signedIn("dispatcher").get("/admin/areas").statusCode()).isEqualTo(403);
    }
}
