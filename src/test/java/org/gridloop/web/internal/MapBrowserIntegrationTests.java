package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The command map in a real browser: the layers load for the view, a unit grid chosen from the
 * keyboard lists its cases in the side panel, a layer goes off and on again from its checkbox,
 * and a case marker leads to the case page.
 */
@HttpIntegrationTest
class MapBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

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
    void showsTheLayersTogglesOneAndLeadsFromACaseMarkerToTheCasePage() {
        ApiClient api = new ApiClient(port);
        double[] point = pointInGrids();
        String number = report(api, point);
        Response position = api.post(api.token("inspector"), "/api/v1/inspectors/position",
                Map.of("lat", point[0] + 0.001, "lon", point[1] + 0.001));
        assertThat(position.status()).as(position.body()).isEqualTo(200);
        String marker = "path.case-marker[aria-label^='" + number + "']";

        browser.signIn("leader");
        browser.open(String.format(Locale.ROOT, "/map#16/%f/%f", point[0], point[1]));

        browser.find(marker);
        browser.find("path.inspector-marker");
        browser.find(".asset-cluster");
        browser.screenshot("command-map");

        String grid = api.get(api.token("leader"), "/api/v1/cases/" + number).json().path("grid").path("code")
                .asString();
        WebElement outline = browser.find("path[aria-label='单元网格 " + grid + "']");
        browser.driver().executeScript("arguments[0].focus();", outline);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#grid-panel h2"),
                grid));
        browser.find("#grid-panel a.case-link[href$='/cases/" + number + "']");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#grid-panel dl"),
                "责任网格"));
        browser.waiting().until(ExpectedConditions.textMatches(By.cssSelector("#grid-panel"),
                java.util.regex.Pattern.compile("部件（共 \\d+ 个）")));
        browser.screenshot("command-map-grid");

        browser.find("#layer-cases").click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.case-marker"), 0));
        browser.find("#layer-cases").click();
        browser.find(marker).click();

        browser.find(".case-popup a.case-link").click();
        browser.waiting().until(ExpectedConditions.urlContains("/cases/" + number));
        assertThat(browser.driver().getPageSource()).contains(number);

        browser.open(String.format(Locale.ROOT, "/map#12/%f/%f", point[0], point[1]));
        WebElement cluster = browser.find(".case-cluster");
        assertThat(cluster.getAttribute("title")).matches("\\d+ 件在办案卷");
        assertThat(cluster.getAttribute("class")).containsPattern("light-(red|yellow|green|none)");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.case-marker"), 0));
    }

    private double[] pointInGrids() {
        Random random = new Random(11);
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }

    private String report(ApiClient api, double[] point) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .findFirst().orElseThrow().code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "测试路 8 号");
        body.put("description", "井盖破损");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(api.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }
}
