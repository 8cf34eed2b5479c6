package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The departments and inspector teams pages in a real browser, from the keyboard, in both languages. */
@HttpIntegrationTest
class OrganizationPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

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
    void administratorAddsRenamesAndDeactivatesADepartmentFromTheKeyboard() {
        browser.find("a[href='/admin/departments']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("专业部门");

        browser.find("#add-code").sendKeys("page-works");
        browser.find("#add-name").sendKeys("页面工程处<b>");
        browser.find("#add-name-en").sendKeys("Page Works");
        browser.find("#add-name-en").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).isEqualTo("已增加部门 page-works 页面工程处<b>");
        assertThat(browser.find("#department-page-works").getText()).contains("page-works", "专业部门", "在用");

        browser.find("#name-page-works").clear();
        browser.find("#name-page-works").sendKeys("页面工程管理处", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存部门 page-works"));
        assertThat(browser.find("#name-page-works").getDomProperty("value")).isEqualTo("页面工程管理处");

        browser.find("#department-page-works button.deactivate").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已停用部门 page-works"));
        assertThat(browser.find("#department-page-works").getText()).contains("已停用");
        browser.screenshot("departments");

        browser.open("/admin/departments?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Departments");
        assertThat(browser.find("#department-page-works").getText()).contains("Deactivated");
        assertThat(browser.find("#department-page-works button.activate").getText()).isEqualTo("Activate");
    }

    @Test
    void aSubdistrictOfficeWithoutItsSubdistrictIsNamedOnThePage() {
        browser.open("/admin/departments");

        browser.find("#add-code").sendKeys("office-nowhere");
        browser.find("#add-name").sendKeys("无街道办事处");
        new Select(browser.find("#add-kind")).selectByValue("subdistrict-office");
        browser.find("#add-department").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));

        assertThat(browser.find("#error").getText()).isEqualTo("所属街道: 街道办事处须指明所属街道");
        assertThat(browser.driver().findElements(By.id("department-office-nowhere"))).isEmpty();
    }

    @Test
    void administratorAddsAnOutsourcedTeamOnlyWithItsVendor() {
        browser.find("a[href='/admin/teams']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("监督员队伍");
        assertThat(browser.find("#count").getText()).matches("共 \\d+ 支队伍，\\d+ 名队员");

        browser.find("#add-code").sendKeys("page-team");
        browser.find("#add-name").sendKeys("页面外包队");
        new Select(browser.find("#add-mode")).selectByValue("outsourced");
        browser.find("#add-team").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-vendor-error")));
        assertThat(browser.find("#add-vendor-error").getText()).isEqualTo("市场化外包的队伍须填写服务企业");
        assertThat(browser.find("#add-vendor").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#add-code").getDomProperty("value")).isEqualTo("page-team");

        new Select(browser.find("#add-vendor")).selectByVisibleText("深圳市安泰城市综合服务有限公司");
        browser.find("#add-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#team-page-team").getText()).contains("市场化外包", "深圳市安泰城市综合服务有限公司",
                "0 人", "未设定");

        browser.find("#team-page-team a").sendKeys(Keys.ENTER);
        browser.find("#members").sendKeys("inspector");
        browser.find("#save-members").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("members-error")));
        assertThat(browser.find("#members-error").getText()).isEqualTo("inspector：已是其他队伍的队员");
        browser.screenshot("teams");

        browser.open("/admin/teams?lang=en");
        assertThat(browser.find("#team-page-team").getText()).contains("Outsourced", "0 members", "Not set");
    }
}
