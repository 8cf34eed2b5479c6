package org.gridloop.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.gridloop.AuditedChange;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@HttpIntegrationTest
class AuditPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

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
    void administratorFiltersTheLogFromTheKeyboardAndSeesWhatChanged() {
        transactions.executeWithoutResult(status -> events.publishEvent(AuditedChange.of("department",
                "audit-page", "update", Map.of("name", "旧名称", "active", true),
                Map.of("name", "新名称<b>", "active", true)).by("admin")));

        browser.signIn("admin");
        browser.find("a[href='/admin/audit']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("操作日志");

        browser.find("#objectId").sendKeys("audit-page");
        browser.find("#object").sendKeys("专业部门");
        browser.find("#objectId").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("objectId=audit-page"));

        var rows = browser.driver().findElements(By.cssSelector("table.audit tbody tr"));
        assertThat(rows).hasSize(1);
        String row = rows.get(0).getText();
        assertThat(row).contains("王强", "(admin)", "专业部门", "audit-page", "修改", "name", "旧名称",
                "新名称<b>");
        assertThat(row).doesNotContain("active");
        browser.screenshot("audit-log");

        browser.open("/admin/audit?objectId=audit-page&lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Audit log");
        assertThat(browser.find("table.audit tbody tr").getText()).contains("Department", "Changed");
    }

    @Test
    void anUnreadableDateIsNamedOnThePage() {
        browser.signIn("admin");
        browser.open("/admin/audit?from=2026-13-01");

        assertThat(browser.find("#filter-error").getText()).contains("请填写日期");
        assertThat(browser.find("#from").getAttribute("aria-invalid")).isEqualTo("true");
    }
}
