package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class AreaPageBrowserIntegrationTests {

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
    void administratorBrowsesTheAreasByKeyboardWithTheirMap() {
        browser.signIn("admin");

        browser.find("a[href='/admin/areas']").click();

        assertThat(browser.find("h1").getText()).isEqualTo("行政区划");
        WebElement subdistrict = browser.find("#area-440307001 > summary");
        assertThat(subdistrict.getText()).contains("440307001", "平湖");
        browser.waiting().until(driver -> "114".equals(
                driver.findElement(By.id("area-map")).getAttribute("data-features")));
        assertThat(browser.find("#area-440307001").getAttribute("open")).isNull();
        subdistrict.sendKeys(Keys.ENTER);
        assertThat(browser.find("#area-440307001").getAttribute("open")).isNotNull();
        assertThat(browser.find("#area-440307001001").getText()).contains("440307001001");
        browser.waiting().until(driver -> "440307001".equals(
                driver.findElement(By.id("area-map")).getAttribute("data-focus")));
        assertThat(browser.driver().findElements(By.cssSelector("#area-map path.leaflet-interactive")))
                .hasSizeGreaterThan(100);
        assertThat(browser.find("#revisions tbody tr").getText()).contains("13 / 100");
        browser.screenshot("areas");
    }

    @Test
    void aRefusedUploadListsTheBadFeaturesInChineseAndInEnglish() {
        browser.signIn("admin");
        browser.open("/admin/areas");
        String sample = Path.of("docs/samples/areas.csv").toAbsolutePath().toString();

        browser.find("#file").sendKeys(sample);
        submit("示例");

        assertThat(browser.find("[role=alert]").getText()).contains("未写入任何区划", "第 1 个要素（编码 440399）",
                "本平台只管理一个区（440307）");
        assertThat(browser.driver().findElements(By.cssSelector(".bad-features li"))).hasSize(1);

        browser.open("/admin/areas?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Administrative areas");
        browser.find("#file").sendKeys(sample);
        submit("sample");
        assertThat(browser.find("[role=alert]").getText()).contains("no area was written",
                "Feature 1 (code 440399)", "another cannot be imported");
        assertThat(browser.find("main").getText()).contains("Revisions", "Import areas", "Subdistricts / communities")
                .doesNotContain("行政区划");
        browser.open("/admin/areas?lang=zh-CN");
    }

    /** Submits the upload with the label and waits for the answer page to replace this one. */
    private void submit(String label) {
        WebElement heading = browser.find("h1");
        browser.find("#label").sendKeys(label, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.stalenessOf(heading));
    }
}
