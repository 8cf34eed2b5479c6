package org.gridloop.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.catalog.internal.CatalogRestore;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@HttpIntegrationTest
class CategoryPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void closeBrowserAndRestoreDictionary() {
        browser.close();
        CatalogRestore.restore(context);
    }

    @Test
    void administratorAddsALocalClassFromTheKeyboardAndDeactivatesIt() {
        browser.signIn("admin");
        browser.find("a[href='/admin/categories']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("分类标准");

        browser.find("#add-major-code").sendKeys("06");
        browser.find("#add-code").sendKeys("06901");
        browser.find("#add-name").sendKeys("共享单车乱停放<b>");
        browser.find("#add-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).isEqualTo("已增加分类 06901 共享单车乱停放<b>");

        browser.find("#filter-text").sendKeys("06901");
        browser.find("#filter-text").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q=06901"));
        assertThat(browser.find("#class-06901").getText()).contains("06 市容环境类", "共享单车乱停放<b>", "本地", "在用");

        browser.find("#class-06901 button").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已停用分类 06901"));
        browser.open("/admin/categories?kind=INCIDENT&q=06901");
        assertThat(browser.find("#class-06901").getText()).contains("已停用");
        assertThat(browser.find("#class-06901 button").getText()).isEqualTo("恢复");
        browser.screenshot("categories");

        browser.open("/admin/categories?kind=INCIDENT&q=06901&lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Category scheme");
        assertThat(browser.find("#class-06901").getText()).contains("Local", "Deactivated");
    }

    @Test
    void aLocalClassWithAWrongCodeIsNamedOnThePage() {
        browser.signIn("admin");
        browser.open("/admin/categories");

        browser.find("#add-major-code").sendKeys("06");
        browser.find("#add-code").sendKeys("06101");
        browser.find("#add-name").sendKeys("国家编码段");
        browser.find("#add-class").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));

        assertThat(browser.find("#error").getText()).contains("分类编码", "以 9 开头");
    }

    @Test
    void administratorPutsTheOtherSchemeInForce() {
        browser.signIn("admin");
        browser.open("/admin/categories");

        browser.find("input[value='CJ/T 214-2007']").click();
        browser.find("#choose-scheme").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.find("#notice").getText()).isEqualTo("已启用 CJ/T 214-2007");
        assertThat(browser.find("input[value='CJ/T 214-2007']").isSelected()).isTrue();
    }
}
