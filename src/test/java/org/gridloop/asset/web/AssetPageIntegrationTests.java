package org.gridloop.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's asset page: search, import refused with every problem in Chinese, English, access. */
@HttpIntegrationTest
class AssetPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void searchesTheRegisterInChineseAndEnglish() {
        TestHttp http = signedIn("admin");

        HttpResponse<String> chinese = http.get("/admin/assets?class=01037&status=INTACT&lang=zh_CN");
        HttpResponse<String> english = http.get("/admin/assets?class=01037&lang=en");

        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("部件库").contains("导入部件").contains("440307010370000")
                .contains("完好").contains("/admin/assets/export?format=csv");
        assertThat(english.body()).contains("Asset register").contains("Import assets")
                .contains(">Longgang Urban Lighting Center<").doesNotContain(">lighting<");
    }

    @Test
    void listsEveryProblemOfARefusedImportOnThePage() {
        TestHttp http = signedIn("admin");
        String csrf = TestHttp.csrfToken(http.get("/admin/assets?lang=zh_CN").body());
        String csv = "identifier,classCode,status,wkt\n"
                + "440307010370001,01037,INTACT,POINT (114.2 22.7)\n"
                + "44030701037990001,01037,broken,POINT (100 10)\n";

        HttpResponse<String> posted = http.send(multipart(http, "/admin/assets/import", csrf, csv));
        HttpResponse<String> page = http.get("/admin/assets");

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains("文件未导入：发现 3 处问题").contains("第 1 个要素 440307010370001")
                .contains("标识码“440307010370001”不合格").contains("状态“broken”不合格").contains("不在任何单元网格内");
    }

    @Test
    void isForAdministratorsOnly() {
        assertThat(signedIn("inspector").get("/admin/assets").statusCode()).isEqualTo(403);
    }

    private TestHttp signedIn(String username) {
        TestHttp http = new TestHttp(port);
        http.signIn(username, "demo");
        return http;
    }

    private static HttpRequest.Builder multipart(TestHttp http, String path, String csrf, String csv) {
        String boundary = "----gridloop-asset";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"assets.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
}
