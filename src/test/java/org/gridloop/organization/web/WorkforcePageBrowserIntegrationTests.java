package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;

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

/**
 * The vendors page and a team's page in a real browser, from the keyboard: a vendor, a contract
 * and a quarter's quota entered, each refused first with the message at the field; and the
 * same pages read by a leader, who gets no forms; and a team's lead chosen from its members.
 */
@HttpIntegrationTest
class WorkforcePageBrowserIntegrationTests {

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
    void administratorEntersAVendorAContractAndAQuotaAndSeesEachRefusalAtItsField() {
        browser.signIn("admin");
        browser.find("a[href='/admin/vendors']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("信息采集服务商");
        assertThat(browser.find("#vendors").getText()).contains("深圳市鹏城城市信息采集服务有限公司");

        browser.find("#vendor-code").sendKeys("page-vendor");
        browser.find("#vendor-name").sendKeys("深圳市页面信息采集有限公司");
        browser.find("#vendor-creditCode").sendKeys("91440300MA5F3LQ81K");
        browser.find("#vendor-contactPhone").sendKeys("0755-6666 8888", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("vendor-creditCode-error")));
        assertThat(browser.find("#vendor-creditCode-error").getText()).startsWith("统一社会信用代码应为 18 位");
        assertThat(browser.find("#vendor-creditCode").getDomAttribute("aria-describedby"))
                .isEqualTo("vendor-creditCode-error");
        assertThat(browser.find("#vendor-name").getDomProperty("value")).isEqualTo("深圳市页面信息采集有限公司");

        browser.find("#vendor-creditCode").clear();
        browser.find("#vendor-creditCode").sendKeys("91440300MA5HPAGE13", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已增加服务商 page-vendor"));
        assertThat(browser.find("#vendor-page-vendor").getText()).contains("91440300MA5HPAGE13", "0755-6666 8888");

        browser.open("/admin/teams");
        browser.find("#add-code").sendKeys("page-outsourced");
        browser.find("#add-name").sendKeys("页面外包监督员队");
        new Select(browser.find("#add-mode")).selectByValue("outsourced");
        new Select(browser.find("#add-vendor")).selectByValue("page-vendor");
        browser.find("#add-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        browser.find("#team-page-outsourced a").sendKeys(Keys.ENTER);
        assertThat(browser.find("h1").getText()).isEqualTo("页面外包监督员队");

        browser.find("#contract-number").sendKeys("PAGE-2026-01");
        browser.find("#contract-validFrom").sendKeys("2026-07-01");
        browser.find("#contract-validTo").sendKeys("2026-06-30");
        browser.find("#contract-unitPrice").sendKeys("12.345");
        browser.find("#contract-deduction").sendKeys("5");
        browser.find("#contract-quarterlyQuota").sendKeys("9000", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("contract-validTo-error")));
        assertThat(browser.find("#contract-validTo-error").getText()).isEqualTo("终止日期不能早于起始日期");
        assertThat(browser.find("#contract-unitPrice-error").getText()).isEqualTo("金额应在 0 至 99999999.99 元之间，最多两位小数");
        assertThat(browser.find("#no-contracts").isDisplayed()).isTrue();

        browser.find("#contract-validTo").clear();
        browser.find("#contract-validTo").sendKeys("2028-06-30");
        browser.find("#contract-unitPrice").clear();
        browser.find("#contract-unitPrice").sendKeys("12.35", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已增加与 深圳市页面信息采集有限公司 的合同"));
        assertThat(browser.find("#contracts").getText()).contains("PAGE-2026-01", "2026-07-01 – 2028-06-30", "12.35",
                "5.00", "9000");

        browser.find("#contracts a").sendKeys(Keys.ENTER);
        assertThat(browser.find("#contract-form").getText()).isEqualTo("修改合同 PAGE-2026-01");
        assertThat(browser.find("#contract-unitPrice").getDomProperty("value")).isEqualTo("12.35");
        browser.find("#contract-quarterlyQuota").clear();
        browser.find("#contract-quarterlyQuota").sendKeys("9100", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已保存与 深圳市页面信息采集有限公司 的合同"));
        assertThat(browser.find("#contracts").getText()).contains("9100").doesNotContain("9000");
        assertThat(browser.find("#contract-form").getText()).isEqualTo("增加合同");

        String quarter = currentQuarter();
        assertThat(browser.find("#quota-" + quarter).getText()).contains("9100", "合同约定");
        browser.find("#quota-quarter").clear();
        browser.find("#quota-quarter").sendKeys("2026-Q5");
        browser.find("#quota-value").sendKeys("9500", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("quota-quarter-error")));
        assertThat(browser.find("#quota-quarter-error").getText()).isEqualTo("季度格式应为 yyyy-Qn，n 为 1 至 4，如 2026-Q1");

        browser.find("#quota-quarter").clear();
        browser.find("#quota-quarter").sendKeys(quarter);
        browser.find("#quota-value").clear();
        browser.find("#quota-value").sendKeys("9500", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已将 " + quarter + " 的达标量设定为 9500"));
        assertThat(browser.find("#quota-" + quarter).getText()).contains("9500", "本季度设定");
        browser.screenshot("team-contracts-quotas");

        browser.open("/admin/teams/page-outsourced?lang=en");
        assertThat(browser.find("#quota-" + quarter).getText()).contains("9500", "Set for the quarter");
        assertThat(browser.find("#add-contract").getText()).isEqualTo("Add contract");

        browser.open("/admin/teams/page-outsourced?lang=zh_CN");
        new Select(browser.find("#edit-mode")).selectByValue("self-organized");
        browser.find("#edit-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-vendor-error")));
        assertThat(browser.find("#edit-vendor-error").getText()).isEqualTo("自行组建的队伍没有服务企业");
        assertThat(browser.find("#summary").getText()).contains("市场化外包");

        new Select(browser.find("#edit-vendor")).selectByValue("");
        browser.find("#edit-quota").sendKeys("8000", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已保存队伍 page-outsourced"));
        assertThat(browser.find("#summary").getText()).contains("自行组建", "8000");
        assertThat(browser.find("#contracts").getText()).contains("PAGE-2026-01");
        assertThat(browser.driver().findElements(By.id("add-contract"))).isEmpty();
    }

    @Test
    void administratorChoosesTheLeadFromTheMembersAndSeesARefusalAtTheField() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("admin");
        for (String member : List.of("page-lead-1", "page-lead-2")) {
            assertThat(api.post(admin, "/api/v1/accounts", Map.of("username", member, "displayName", "队员" + member.substring(10),
                    "password", "Lantern-Harbor-77", "posts", List.of("INSPECTOR"))).status()).isEqualTo(201);
        }
        assertThat(api.post(admin, "/api/v1/teams", Map.of("code", "page-lead-team", "name", "页面队长队",
                "subdistrictCode", "440307013", "mode", "self-organized")).status()).isEqualTo(201);
        assertThat(api.put(admin, "/api/v1/teams/page-lead-team/members", List.of("page-lead-1", "page-lead-2"))
                .status()).isEqualTo(200);

        browser.signIn("admin");
        browser.open("/admin/teams/page-lead-team");
        assertThat(browser.find("#lead").getText()).isEqualTo("队长：未指定（由用户名排第一的队员代理）");
        Select lead = new Select(browser.find("#edit-lead"));
        assertThat(lead.getOptions().stream().map(option -> option.getText()))
                .containsExactly("（不指定）", "队员1 page-lead-1", "队员2 page-lead-2");
        lead.selectByValue("page-lead-2");
        browser.find("#edit-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                "已保存队伍 page-lead-team"));
        assertThat(browser.find("#lead").getText()).isEqualTo("队长：队员2 page-lead-2");
        assertThat(new Select(browser.find("#edit-lead")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("page-lead-2");
        assertThat(api.get(admin, "/api/v1/teams/page-lead-team").json().path("lead").asString()).isEqualTo("page-lead-2");

        browser.open("/admin/teams");
        assertThat(browser.find("#team-page-lead-team .lead").getText()).isEqualTo("队员2");

        browser.open("/admin/teams/page-lead-team");
        assertThat(api.put(admin, "/api/v1/teams/page-lead-team/members", List.of("page-lead-2")).status())
                .isEqualTo(200);
        new Select(browser.find("#edit-lead")).selectByValue("page-lead-1");
        browser.find("#edit-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-lead-error")));
        assertThat(browser.find("#edit-lead-error").getText()).isEqualTo("队长须是本队伍的现有队员，请先将其加入队员名单");
        assertThat(browser.find("#edit-lead").getDomAttribute("aria-describedby")).isEqualTo("edit-lead-error");
        assertThat(new Select(browser.find("#edit-lead")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("page-lead-1");
        assertThat(browser.find("#lead").getText()).isEqualTo("队长：队员2 page-lead-2");

        browser.open("/admin/teams/page-lead-team?lang=en");
        assertThat(browser.find("label[for='edit-lead']").getText()).isEqualTo("Lead");
        assertThat(browser.find("#lead").getText()).isEqualTo("Lead: 队员2 page-lead-2");
        new Select(browser.find("#edit-lead")).selectByValue("");
        browser.find("#edit-name").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Team page-lead-team saved"));
        assertThat(browser.find("#lead").getText()).isEqualTo("Lead: none chosen (the first member by username stands in)");
        browser.screenshot("team-lead");
        browser.open("/admin/teams?lang=zh_CN");
    }

    @Test
    void aLeaderReadsTheTeamsAndVendorsWithoutForms() {
        browser.signIn("leader");
        browser.find("a[href='/admin/teams']").click();
        assertThat(browser.find("#readonly").getText()).isEqualTo("您可以查看，只有系统管理员可以修改。");
        assertThat(browser.driver().findElements(By.id("add-team"))).isEmpty();
        assertThat(browser.find("#team-team-440307001").getText()).contains("深圳市鹏城城市信息采集服务有限公司",
                "本季度设定");

        browser.find("#team-team-440307001 a").sendKeys(Keys.ENTER);
        assertThat(browser.find("#contracts").getText()).contains("深圳市鹏城城市信息采集服务有限公司");
        assertThat(browser.driver().findElements(By.id("add-contract"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("set-quota"))).isEmpty();

        browser.open("/admin/vendors");
        assertThat(browser.find("#vendors").getText()).contains("广东粤信城市管理科技有限公司");
        assertThat(browser.driver().findElements(By.id("save-vendor"))).isEmpty();
    }

    private static String currentQuarter() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
