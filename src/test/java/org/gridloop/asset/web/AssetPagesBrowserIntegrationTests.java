package org.gridloop.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.asset.internal.AssetRecords;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register and census pages in a real browser, as an administrator works them. */
@HttpIntegrationTest
class AssetPagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkGrids workGrids;

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
    void searchesTheRegisterByClassAndStatus() {
        browser.signIn("admin");
        browser.open("/admin/assets?lang=zh_CN");

        new Select(browser.find("#class")).selectByValue("03005");
        new Select(browser.find("#status")).selectByValue("DAMAGED");
        browser.find("#asset-search button[type=submit]").click();

        browser.waiting().until(ExpectedConditions.urlContains("class=03005"));
        List<String> rows = browser.driver().findElements(By.cssSelector("#assets tbody tr")).stream()
                .map(row -> row.getText()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("垃圾箱").contains("损坏"));
    }

    @Test
    void rejectsOneProposalAndApprovesAnotherFromTheQueue() {
        ApiClient api = new ApiClient(port);
        String inspector = api.token("inspector");
        List<String> grids = workGrids.assignedTo("inspector").stream().flatMap(work -> work.unitGrids().stream())
                .map(GridCode::value).toList();
        List<String> identifiers = jdbc.sql("SELECT * FROM asset_register WHERE status = 'INTACT' AND class_code <> '01037' "
                        + "AND grid_code = ANY (:grids) ORDER BY identifier DESC LIMIT 2")
                .param("grids", grids.toArray(String[]::new)).query((rs, row) -> AssetRecords.asset(rs)).list()
                .stream().map(asset -> asset.identifier().value()).toList();
        long rejected = propose(api, inspector, identifiers.get(0));
        long approved = propose(api, inspector, identifiers.get(1));
        browser.signIn("admin");
        browser.open("/census?lang=zh_CN");

        browser.find("#reason-" + rejected).sendKeys("现场未见损坏");
        browser.find("#proposal-" + rejected + " form:last-of-type button").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "普查提交 " + rejected + " 未通过"));
        browser.find("#proposal-" + approved + " form:first-of-type button").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "普查提交 " + approved + " 已通过"));

        assertThat(api.get(api.token("admin"), "/api/v1/assets/" + identifiers.get(1)).text("status"))
                .isEqualTo("LOST");
        assertThat(api.get(api.token("admin"), "/api/v1/assets/" + identifiers.get(0)).text("status"))
                .isEqualTo("INTACT");
    }

    private static long propose(ApiClient api, String inspector, String identifier) {
        ApiClient.Response response = api.post(inspector, "/api/v1/census",
                new HashMap<>(Map.of("kind", "change", "identifier", identifier, "status", "lost")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }
}
