package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The command map page: for the command posts only, in Chinese and English, offline by default. */
@HttpIntegrationTest
class MapPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void showsTheMapWithItsLayersAndLegendInChineseAndEnglish() {
        TestHttp http = new TestHttp(port);
        http.signIn("leader", "demo");

        HttpResponse<String> page = http.get("/map");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("监督指挥地图", "id=\"layer-grids\"", "id=\"layer-cases\"",
                "id=\"layer-inspectors\"", "红灯：已超时", "放大到 14 级以上显示单元网格", "/js/map.js",
                "leaflet.js", "href=\"/map\"");
        assertThat(page.body()).as("no base layer unless configured").doesNotContain("data-tile-url");
        assertThat(http.get("/map?lang=en").body()).contains("Command map", "Unit grids", "Red: overdue",
                "Open cases");
    }

    @Test
    void isForTheCommandPostsOnly() {
        for (String user : List.of("dispatcher", "supervisor", "admin")) {
            TestHttp http = new TestHttp(port);
            http.signIn(user, "demo");
            assertThat(http.get("/map").statusCode()).as(user).isEqualTo(200);
        }
        for (String user : List.of("inspector", "operator", "handler-gas")) {
            TestHttp http = new TestHttp(port);
            http.signIn(user, "demo");
            assertThat(http.get("/map").statusCode()).as(user).isEqualTo(403);
        }
    }
}
