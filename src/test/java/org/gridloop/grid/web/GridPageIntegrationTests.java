package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class GridPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridDirectory directory;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void showsTheVersionsWithExportLinksAndTheImportFormInChineseAndEnglish() {
        http.signIn("admin", "demo");

        HttpResponse<String> page = http.get("/admin/grids?lang=zh_CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("单元网格", "网格版本", "初始网格", "（当前生效）", "id=\"version-1\"",
                "/api/v1/grids/export?format=geojson&amp;version=1", "/api/v1/grids/export?format=csv&amp;version=1",
                "导入新版本", "name=\"effectiveFrom\"", "enctype=\"multipart/form-data\"", "href=\"/admin/grids\"");
        assertThat(http.get("/admin/grids?lang=en").body()).contains("Grid versions", "Import a new version", "(in effect)");
    }

    @Test
    void listsEveryBadFeatureOfARefusedImportInChinese() {
        http.signIn("admin", "demo");
        String csrf = TestHttp.csrfToken(http.get("/admin/grids?lang=zh_CN").body());
        String file = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"code":"44030700000101"},"geometry":{"type":"Point","coordinates":[114.1,22.7]}},
                {"type":"Feature","properties":{"code":"44030799999901"},"geometry":null}]}""";

        HttpResponse<String> refused = upload(csrf, file, "2097-01-01", "坏文件");

        assertThat(refused.statusCode()).isEqualTo(302);
        String page = http.get("/admin/grids").body();
        assertThat(page).contains("文件中有 2 个要素不合格，未写入任何网格。",
                "第 1 个要素（编码 44030700000101）：编码不合格，街道代码（第 7–9 位）不能为 000。",
                "第 1 个要素（编码 44030700000101）：几何不是单个多边形（Point）。",
                "第 2 个要素（编码 44030799999901）：社区 440307999999 不存在。")
                .doesNotContain("坏文件");
    }

    @Test
    void importsAVersionFromTheFormAndShowsAFieldRefusal() {
        http.signIn("admin", "demo");
        String csrf = TestHttp.csrfToken(http.get("/admin/grids?lang=zh_CN").body());
        String outline = directory.outlineGeoJson(new GridCode("44030700100101")).orElseThrow();
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"440307001001001\",\"communityCode\":\"440307001001\",\"name\":\"一号网格\"},"
                + "\"geometry\":" + outline + "}]}";

        upload(csrf, file, "2098-03-01", "表单导入");

        assertThat(http.get("/admin/grids").body()).contains("已导入，共 1 个单元网格", "表单导入", "1 / 1");

        upload(csrf, file, "2001-01-01", "过去");

        assertThat(http.get("/admin/grids").body()).contains("新版本的生效日期不能早于今天。").doesNotContain("过去");
    }

    @Test
    void isForAdministratorsOnly() {
        http.signIn("inspector", "demo");

        assertThat(http.get("/admin/grids").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> upload(String csrf, String file, String effectiveFrom, String label) {
        String boundary = "----grid" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (var field : Map.of("effectiveFrom", effectiveFrom, "label", label, "format", "").entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grids.geojson\"\r\n")
                .append("Content-Type: application/geo+json\r\n\r\n").append(file).append("\r\n--")
                .append(boundary).append("--\r\n");
        return http.send(http.request("/admin/grids/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }
}
