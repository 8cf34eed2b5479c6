package org.gridloop.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accounts page and the own-password page in a real browser: an administrator adds a
 * department handler, sees the refusal of a weak password, edits, resets and disables; the
 * owner signs in with the temporary password and must choose a new one first.
 */
@HttpIntegrationTest
class AccountPageBrowserIntegrationTests {

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
    void administratorAddsAHandlerResetsThePasswordAndTheOwnerReplacesIt() {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 6);
        browser.find("a[href='/admin/accounts']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("用户管理");

        fillAccount(username, "short");
        browser.find("#add-account").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.find("#error").getText()).contains("初始密码: 密码至少10个字符");

        fillAccount(username, "Maple-Court-2026");
        browser.find("#add-password").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).startsWith("已增加用户 " + username);
        assertThat(browser.find("#account-" + username).getText()).contains("部门处置人员", "在用");

        new Select(browser.find("#filter-post")).selectByValue("DEPARTMENT_HANDLER");
        browser.find("#filter-accounts").click();
        browser.waiting().until(ExpectedConditions.urlContains("post=DEPARTMENT_HANDLER"));
        assertThat(browser.find("#account-" + username).isDisplayed()).isTrue();

        browser.find("#account-" + username + " a.edit").click();
        browser.find("#edit-name").clear();
        browser.find("#edit-name").sendKeys("页面处置员", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#account-" + username).getText()).contains("页面处置员");

        browser.find("#account-" + username + " button.reset").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
        String temporary = browser.find("#temporary-password code").getText();
        assertThat(temporary).hasSize(12);
        assertThat(browser.find("#account-" + username).getText()).contains("临时密码");
        browser.screenshot("accounts");

        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(temporary, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
        assertThat(browser.find("#temporary").getText()).contains("临时密码");
        browser.open("/cases");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");

        browser.find("#current-password").sendKeys(temporary);
        browser.find("#new-password").sendKeys("Birch-Lane-2026");
        browser.find("#repeat-password").sendKeys("Birch-Lane-2027", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.find("#error").getText()).isEqualTo("两次输入的新密码不一致");

        browser.find("#current-password").sendKeys(temporary);
        browser.find("#new-password").sendKeys("Birch-Lane-2026");
        browser.find("#repeat-password").sendKeys("Birch-Lane-2026", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).isEqualTo("密码已修改");
        browser.open("/queues/department");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/queues/department");
    }

    @Test
    void administratorDisablesAndEnablesAnAccountInEnglish() {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/admin/accounts?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Accounts");
        browser.find("#add-username").sendKeys(username);
        browser.find("#add-display-name").sendKeys("Page Leader");
        browser.find("#add-post-LEADER").click();
        browser.find("#add-password").sendKeys("Cedar-Point-2026", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).isEqualTo("Added the account " + username + " Page Leader");

        browser.find("#account-" + username + " button.disable").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Disabled"));
        assertThat(browser.find("#account-" + username).getText()).contains("Leader", "Disabled");

        browser.find("#account-" + username + " button.enable").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Enabled"));
        assertThat(browser.find("#account-" + username).getText()).contains("Enabled");

        browser.find("#account-admin button.disable").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.find("#error").getText()).isEqualTo("you cannot disable your own account");
    }

    @Test
    void administratorSeesASignInBlockAndLiftsItWithTheKeyboard() {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 6);
        TestHttp http = new TestHttp(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            http.postJson("/api/v1/auth/token",
                    "{\"username\":\"" + username + "\",\"password\":\"wrong-guess-" + attempt + "\"}");
        }
        browser.open("/admin/accounts");
        assertThat(browser.find("#block-account-" + username).getText()).contains("用户", username, "4", "须等待");

        browser.find("#block-account-" + username + " button.lift").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.find("#notice").getText()).isEqualTo("已解除 " + username + " 的登录限制。");
        assertThat(browser.driver().findElements(By.id("block-account-" + username))).isEmpty();

        browser.open("/admin/accounts?lang=en");
        assertThat(browser.find("h2#blocks-heading").getText()).isEqualTo("Sign-in blocks");
        new ApiClient(port).delete(new ApiClient(port).token("admin"), "/api/v1/sign-in-blocks/address/127.0.0.1");
    }

    @Test
    void administratorImportsAFileAndSeesTheTemporaryPasswordsOrEveryBadRow() throws IOException {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 6);
        Path bad = Files.createTempFile("accounts", ".csv");
        Files.writeString(bad, "用户名,姓名,岗位\n" + username + ",导入测试,清洁工\n");
        browser.open("/admin/accounts");
        browser.find("#import-file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("#import-accounts").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
        assertThat(browser.find("#error").getText()).isEqualTo("文件有误，未导入任何用户");
        assertThat(browser.find("#import-problems").getText()).isEqualTo("第 2 行 · 岗位：没有这个岗位");

        Path good = Files.createTempFile("accounts", ".csv");
        Files.writeString(good, "用户名,姓名,岗位\n" + username + ",导入测试,监督员\n");
        browser.find("#import-file").sendKeys(good.toAbsolutePath().toString());
        browser.find("#import-file").submit();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        assertThat(browser.find("#notice").getText()).isEqualTo("已导入 1 个用户。");
        assertThat(browser.find("#imported").getText()).contains(username);
        assertThat(browser.find("#account-" + username).getText()).contains("监督员", "临时密码");
        Files.delete(bad);
        Files.delete(good);
    }

    private void fillAccount(String username, String password) {
        browser.find("#add-username").clear();
        browser.find("#add-username").sendKeys(username);
        browser.find("#add-display-name").clear();
        browser.find("#add-display-name").sendKeys("页面测试员");
        if (!browser.find("#add-post-DEPARTMENT_HANDLER").isSelected()) {
            browser.find("#add-post-DEPARTMENT_HANDLER").click();
        }
        new Select(browser.find("#add-department")).selectByIndex(1);
        browser.find("#add-password").clear();
        browser.find("#add-password").sendKeys(password);
    }
}
