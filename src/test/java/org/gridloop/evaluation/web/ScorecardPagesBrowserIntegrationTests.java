package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.gridloop.ApiClient;
import org.gridloop.catalog.Categories;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scorecard pages and the public disclosure in Chromium, over the varied cases of March 2042
 * (a month no other test counts in).
 */
@HttpIntegrationTest
class ScorecardPagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    HeadlessChromium browser;

    private static boolean seeded;

    @BeforeEach
    void setUp() {
        if (!seeded) {
            ApiClient api = new ApiClient(port);
            EvaluationScenario scenario = new EvaluationScenario(api, clock, grids, categories);
            scenario.variedCases(2042);
            scenario.at("2042-04-20T10:00:00");
            String token = api.token("leader");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get(token,
                    "/api/v1/scorecards/supervisors?period=2042-03").json().path("total").path("closings").asLong())
                    .isEqualTo(1));
            clock.reset();
            seeded = true;
        }
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    @Test
    void aLeaderChoosesAScorecardFromTheKeyboardAndOpensTheCasesBehindACount() {
        browser.signIn("leader");
        browser.find("a[href='/evaluation/scorecards']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("考评");

        browser.find("#object").sendKeys("专业部门");
        WebElement period = browser.find("#period");
        period.clear();
        period.sendKeys("2042-03", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("period=2042-03"));

        WebElement total = browser.find("#scorecard tfoot tr.total");
        List<String> headers = browser.driver().findElements(By.cssSelector("#scorecard thead th")).stream()
                .map(WebElement::getText).toList();
        int due = headers.indexOf("应处置数");
        int rate = headers.indexOf("处置率");
        List<WebElement> cells = total.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("合计");
        assertThat(cells.get(due).getText()).isEqualTo("2");
        assertThat(cells.get(rate).getText()).isEqualTo("100.0%");
        assertThat(browser.find("#score-formula").getText()).contains("处置率 × 30", "(100 − 返工率) × 20");
        assertThat(browser.find("#formulas").getText()).contains("处置率 = 周期结束前已反馈的任务");
        assertThat(browser.find("#scorecard-model").getText()).contains("第 0 版");
        browser.screenshot("scorecard-departments");

        browser.find("#scorecard thead th:nth-child(" + (due + 1) + ") button").click();
        assertThat(browser.find("#scorecard thead th:nth-child(" + (due + 1) + ")").getAttribute("aria-sort"))
                .isEqualTo("descending");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#scorecard tbody:first-of-type tr"));
        long first = Long.parseLong(rows.get(0).findElements(By.tagName("td")).get(due).getText());
        long last = Long.parseLong(rows.get(rows.size() - 1).findElements(By.tagName("td")).get(due).getText());
        assertThat(first).isGreaterThanOrEqualTo(last);

        cells.get(due).findElement(By.tagName("a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/evaluation/scorecards/cases"));
        assertThat(browser.find("#case-count").getText()).isEqualTo("2");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("table.scorecard-cases a"));
        assertThat(links).hasSize(2);
        links.get(0).click();
        browser.waiting().until(ExpectedConditions.urlMatches(".*/cases/\\d+$"));

        browser.open("/evaluation/scorecards?object=teams&period=2042-03&lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Evaluation");
        assertThat(browser.find("#scorecard thead").getText()).contains("Attainment", "Reports per inspector",
                "Scheduled minutes", "On-duty minutes", "On-duty rate");
        assertThat(browser.find("#scorecard tbody.rollups").getText()).contains("Self-organized teams",
                "Outsourced teams");
        assertThat(browser.find("#formulas").getText()).contains("days not reckoned yet count nothing");
    }

    @Test
    void aMalformedPeriodIsNamedOnThePage() {
        browser.signIn("leader");
        browser.open("/evaluation/scorecards?object=grids&period=2042-13");
        assertThat(browser.find("#scorecard-error").getText()).contains("统计周期应为");
        assertThat(browser.find("#period").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void thePublicReadsTheMonthsRankingsWithoutSigningInAndWithoutPersonalData() {
        browser.open("/public/evaluation?month=2042-03");
        assertThat(browser.find("h1").getText()).isEqualTo("2042-03 城市管理考评公布");
        assertThat(browser.find("#kpi-registered").getText()).isEqualTo("4");
        assertThat(browser.find("#kpi-closing").getText()).isEqualTo("33.3%");
        assertThat(browser.driver().findElements(By.cssSelector("#subdistrict-ranking tbody tr"))).isNotEmpty();
        assertThat(browser.find("#department-ranking tbody").getText()).isNotBlank();
        String page = browser.find("main").getText();
        assertThat(page).doesNotContain("inspector", "operator", "supervisor", "dispatcher");
        browser.screenshot("public-evaluation");

        browser.find("#previous-month").click();
        browser.waiting().until(ExpectedConditions.urlContains("month=2042-02"));
        assertThat(browser.find("#kpi-registered").getText()).isEqualTo("0");

        browser.open("/public/evaluation?month=2042-03&lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Urban management evaluation, 2042-03");
    }
}
