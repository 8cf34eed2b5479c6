package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the pages look like: nothing printed over anything else, the icon in the tab. */
@HttpIntegrationTest
class WorkstationLayoutBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

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
    void theLightOfACaseHoldsItsTextInsideItsBadge() {
        String number = report();
        browser.signIn("supervisor");
        browser.open("/cases/" + number);

        WebElement light = browser.find(".case-head .light");

        assertThat(light.getText()).startsWith("绿灯");
        Number overflow = (Number) browser.driver().executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth;", light);
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(light.getRect().getWidth()).isGreaterThan(light.getRect().getHeight());
    }

    @Test
    void theSupervisionCountersStandApart() {
        browser.signIn("dispatcher");
        browser.open("/supervision");

        List<WebElement> counters = browser.find("p.summary").findElements(By.cssSelector(".light"));

        assertThat(counters).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < counters.size(); i++) {
            for (int j = i + 1; j < counters.size(); j++) {
                assertThat(intersect(counters.get(i).getRect(), counters.get(j).getRect()))
                        .as(counters.get(i).getText() + " / " + counters.get(j).getText()).isFalse();
            }
        }
    }

    @Test
    void everyPageNamesTheIcon() {
        browser.open("/login");

        String icon = browser.find("link[rel='icon']").getDomProperty("href");

        assertThat(icon).endsWith("/favicon.ico");
    }

    private static boolean intersect(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private String report() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> body = new HashMap<>();
        double[] point = pointInGrids();
        body.put("kind", "incident");
        body.put("categoryCode", "01001");
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "井盖破损");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(api.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
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
}
