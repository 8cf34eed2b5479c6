package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class WorkGridPageBrowserIntegrationTests {

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
    void administratorEditsAWorkGridFromTheKeyboardAndSeesTheRefusalNextToTheField() {
        browser.signIn("admin");
        browser.find("a[href='/admin/work-grids']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("责任网格");

        new Select(browser.find("#subdistrict-choice")).selectByValue("440307004");
        browser.find("form[method=get] button").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("subdistrict=440307004"));
        String assigned = browser.find("table.work-grids tbody tr td:nth-child(4)").getText();
        assertThat(assigned).isNotBlank().doesNotContainPattern("i\\d{3}-\\d{3}");
        browser.find("table.work-grids tbody tr a").click();
        browser.waiting().until(ExpectedConditions.urlContains("edit="));
        String code = browser.find("#code").getAttribute("value");
        assertThat(browser.find("#edit h2").getText()).isEqualTo("编辑责任网格 " + code);
        assertThat(browser.find("#unitGrids").getAttribute("value")).isNotBlank();
        assertThat(browser.find("fieldset label").getText()).containsPattern("\\S+\\s+i004-\\d{3}");

        browser.find("#unitGrids").sendKeys(Keys.END, "\n12345");
        browser.find("#name").sendKeys(Keys.chord(Keys.CONTROL, "a"), "键盘改名", Keys.ENTER);

        assertThat(browser.find("#unitGrids-error").getText()).contains("12345：不是合格的单元网格编码。");
        assertThat(browser.find("[role=alert]").getText()).startsWith("未保存");
        assertThat(browser.find("#unitGrids").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("键盘改名");
        assertThat(browser.find("#code").getAttribute("value")).isEqualTo(code);
        browser.screenshot("work-grids-refused");
    }
}
