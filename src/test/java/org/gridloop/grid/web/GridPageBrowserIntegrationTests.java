package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class GridPageBrowserIntegrationTests {

    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {headers: {Accept: 'application/json'}})
                .then(response => response.text().then(body => done({status: response.status, body: body})))
                .catch(error => done({status: -1, body: String(error)}));""";

    @LocalServerPort
    int port;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorReachesTheGridPageFromTheNavigation() {
        browser.signIn("admin");

        browser.find("a[href='/admin/grids']").click();

        assertThat(browser.find("h1").getText()).isEqualTo("单元网格");
        assertThat(browser.find("#version-1").getText()).contains("初始网格", "（当前生效）", "GeoJSON", "CSV");
        assertThat(browser.find("input[type=file][name=file]").getAttribute("accept")).contains(".geojson");
        browser.screenshot("grid-versions");
    }

    @Test
    void pageScriptsReadTheMapLayersWithTheSession() {
        browser.signIn("inspector");
        browser.open("/");

        Map<?, ?> grids = fetch("/api/v1/map/grids?bbox=114.10,22.68,114.16,22.72&zoom=15");
        Map<?, ?> areas = fetch("/api/v1/map/areas?level=subdistrict");
        Map<?, ?> badZoom = fetch("/api/v1/map/grids?bbox=114.10,22.68,114.16,22.72&zoom=99");

        assertThat(grids.get("status")).isEqualTo(200L);
        assertThat((String) grids.get("body")).startsWith("{\"type\":\"FeatureCollection\"").contains("\"workGrid\":\"");
        assertThat(areas.get("status")).isEqualTo(200L);
        assertThat((String) areas.get("body")).contains("\"name\":\"平湖\"");
        assertThat(badZoom.get("status")).isEqualTo(400L);
        assertThat((String) badZoom.get("body")).contains("\"field\":\"zoom\"");
    }

    private Map<?, ?> fetch(String path) {
        return (Map<?, ?>) browser.driver().executeAsyncScript(FETCH, path);
    }
}
