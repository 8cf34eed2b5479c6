package org.gridloop.dispatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The routing rules page in a real browser: the tester, a rule added and deleted, both languages. */
@HttpIntegrationTest
class RoutingRulePageBrowserIntegrationTests {

    private static final String PINGHU = "440307001";

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
        browser.signIn("admin");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorTestsARuleAddsAMoreSpecificOneAndDeletesIt() {
        double[] point = pointIn(PINGHU);
        browser.find("a[href='/admin/routing-rules']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("派遣规则");

        test("asset", "01001", point);
        assertThat(browser.find("#explanation").getText()).contains("水务", "按派遣规则", "440307001");

        new Select(browser.find("#add-kind")).selectByValue("asset");
        browser.find("#add-code").sendKeys("01001");
        new Select(browser.find("#add-subdistrict")).selectByValue(PINGHU);
        new Select(browser.find("#add-department")).selectByValue("roads");
        browser.find("#add-rule").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已增加规则"));
        String id = browser.find("#notice").getText().replaceAll("\\D", "");

        test("asset", "01001", point);
        assertThat(browser.find("#explanation").getText()).contains("规则 " + id).doesNotContain("水务");
        browser.screenshot("routing-rules");

        browser.find("#filter-text").sendKeys("01001", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q=01001"));
        browser.find("#rule-" + id + " button.delete").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已删除规则 " + id));
        assertThat(browser.driver().findElements(By.id("rule-" + id))).isEmpty();

        browser.open("/admin/routing-rules?lang=en&testKind=asset&testCode=01001&lat=" + point[0] + "&lon=" + point[1]);
        assertThat(browser.find("h1").getText()).isEqualTo("Routing rules");
        assertThat(browser.find("#explanation").getText()).contains("by routing rule");
    }

    @Test
    void aTesterQuestionWithoutANumberNamesTheField() {
        browser.open("/admin/routing-rules?testKind=incident&testCode=01001&lat=abc&lon=114.2");

        assertThat(browser.find("#test-error").getText()).contains("纬度");
    }

    private void test(String kind, String code, double[] point) {
        new Select(browser.find("#test-kind")).selectByValue(kind);
        browser.find("#test-code").clear();
        browser.find("#test-code").sendKeys(code);
        browser.find("#test-lat").clear();
        browser.find("#test-lat").sendKeys(String.valueOf(point[0]));
        browser.find("#test-lon").clear();
        browser.find("#test-lon").sendKeys(String.valueOf(point[1]), Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("testCode=" + code));
    }

    private double[] pointIn(String subdistrict) {
        for (double lat = 22.50; lat < 22.90; lat += 0.002) {
            for (double lon = 113.90; lon < 114.60; lon += 0.002) {
                GridPlace place = grids.locate(lat, lon).orElse(null);
                if (place != null && place.subdistrictCode().equals(subdistrict)) {
                    return new double[] {lat, lon};
                }
            }
        }
        throw new IllegalStateException("no grid in " + subdistrict);
    }
}
