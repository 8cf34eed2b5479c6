package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard and the big screen in a real browser, in 2048 (a year no other test counts in):
 * the figures, the charts and the hotspot map of June, another period from the picker, the page
 * in English, the rankings and the exports of July, and the big screen taking a new report of
 * 6 May from its event stream.
 */
@HttpIntegrationTest
class DashboardBrowserIntegrationTests {

    private static final String NOW = "2048-05-06T10:00:00";
    /** The dashboard's month, which no other test of the class reports in. */
    private static final String IN_JUNE = "2048-06-03T10:00:00";
    /** The hotspot colours of dashboard.js. */
    private static final List<String> COLOURS = List.of("#fde0c5", "#facba6", "#f59e72", "#e8684a", "#b3261e");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    private final Random random = new Random(2048);
    private ApiClient api;
    private EvaluationScenario scenario;
    private HeadlessChromium browser;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        scenario = new EvaluationScenario(api, clock, grids, categories);
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    @Test
    void showsTheMonthsFiguresChartsAndHotspotsAndAnotherPeriodFromThePicker() {
        registeredCase("2048-06-01T09:00:00");
        registeredCase("2048-06-02T09:00:00");
        scenario.at(IN_JUNE);
        String count = "2";

        browser.signIn("leader");
        browser.find(".navigation a[href$='/evaluation/dashboard']").click();
        browser.find("main[data-loaded='2048-06']");

        assertThat(browser.find("h1").getText()).isEqualTo("领导看板");
        assertThat(kpi("reports")).isEqualTo(count);
        assertThat(kpi("registered")).isEqualTo(count);
        assertThat(kpi("foundByInspectorsRate")).isEqualTo("100.0%");
        assertThat(kpi("closingRate")).isEqualTo("0.0%");
        assertThat(kpi("averageHandlingHours")).isEqualTo("—");
        assertThat(browser.find("#trend-chart svg").findElements(By.cssSelector("path"))).isNotEmpty();
        assertThat(browser.find("#pareto-chart svg").findElements(By.cssSelector("path"))).isNotEmpty();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.hotspot-grid")));
        for (WebElement grid : browser.driver().findElements(By.cssSelector("path.hotspot-grid"))) {
            assertThat(COLOURS).contains(grid.getAttribute("fill"));
            assertThat(grid.getAttribute("aria-label")).matches("单元网格 \\d+：立案 \\d+ 件");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#hotspot-legend .hotspot-swatch"))).isNotEmpty();
        assertThat(browser.find("#hotspot-top li").getText()).startsWith("单元网格 ");
        browser.screenshot("dashboard");

        new Select(browser.find("#period-kind")).selectByValue("quarter");
        new Select(browser.find("#period-quarter")).selectByValue("2048-Q1");
        browser.find("#period-form button[type=submit]").click();
        browser.find("main[data-loaded='2048-Q1']");
        assertThat(kpi("reports")).isEqualTo("0");
        assertThat(kpi("closingRate")).isEqualTo("—");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?period=2048-Q1");
        assertThat(browser.driver().findElements(By.cssSelector("path.hotspot-grid"))).isEmpty();
        assertThat(browser.find("#hotspot-legend li").getText()).isEqualTo("本期没有立案");
    }

    @Test
    void ranksTheSubdistrictsAndTheDepartmentsAsTheirScorecardsAndExportsEveryTable() {
        registeredCase("2048-07-01T09:00:00");
        registeredCase("2048-07-02T09:00:00");
        scenario.at("2048-07-20T10:00:00");

        browser.signIn("leader");
        browser.open("/evaluation/dashboard?period=2048-07");
        browser.find("main[data-loaded='2048-07']");
        assertFirstRows("2048-07");
        assertThat(browser.find("#subdistricts-ranking thead").getText()).contains("名次", "名称", "立案数", "结案率",
                "综合得分", "等级");
        assertThat(browser.find("#departments-ranking thead").getText()).contains("应处置数", "处置率");
        browser.screenshot("dashboard-rankings");

        List<WebElement> exports = browser.driver().findElements(By.cssSelector("a[data-export]"));
        assertThat(exports).hasSize(10);
        for (WebElement link : exports) {
            assertThat(link.getAttribute("href")).contains("period=2048-07");
            assertThat(answer(link.getAttribute("href"))).as(link.getAttribute("href")).startsWith("200 "
                    + (link.getAttribute("data-format").equals("csv") ? "text/csv"
                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        assertThat(browser.find("a[data-export='trend'][data-format='xlsx']").getAttribute("href"))
                .contains("by=day");

        new Select(browser.find("#period-kind")).selectByValue("quarter");
        new Select(browser.find("#period-quarter")).selectByValue("2048-Q2");
        browser.find("#period-form button[type=submit]").click();
        browser.find("main[data-loaded='2048-Q2']");
        browser.find("#rankings[data-period='2048-Q2']");
        assertFirstRows("2048-Q2");
        assertThat(browser.find("a[data-export='trend'][data-format='csv']").getAttribute("href"))
                .contains("period=2048-Q2", "by=week", "format=csv");
        assertThat(browser.find("a[data-export='rankings/departments'][data-format='xlsx']").getAttribute("href"))
                .contains("period=2048-Q2");

        browser.find("#subdistricts-ranking tbody tr td a").click();
        browser.waiting().until(ExpectedConditions.urlContains("/evaluation/scorecards"));
        assertThat(browser.driver().getCurrentUrl()).contains("object=subdistricts", "period=2048-Q2");
    }

    /** The first row of each ranking is the first of its scorecard: place, name, score. */
    private void assertFirstRows(String period) {
        for (String object : List.of("subdistricts", "departments")) {
            JsonNode first = api.get(scenario.token("leader"), "/api/v1/scorecards/" + object + "?period=" + period)
                    .json().path("rows").path(0);
            List<WebElement> cells = browser.find("#" + object + "-ranking tbody tr").findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).as(object).isEqualTo(first.path("score").isNull() ? "—" : "1");
            assertThat(cells.get(1).getText()).as(object).isEqualTo(first.path("name").asString());
            assertThat(cells.get(1).findElement(By.tagName("a")).getAttribute("href"))
                    .contains("/evaluation/scorecards?object=" + object + "&period=" + period);
            assertThat(cells.get(cells.size() - 2).getText()).as(object).isEqualTo(first.path("score").isNull() ? "—"
                    : String.format(Locale.ROOT, "%.1f", first.path("score").asDouble()));
            assertThat(cells.get(cells.size() - 2).findElements(By.tagName("a"))).as(object + ": a score links")
                    .hasSize(first.path("score").isNull() ? 0 : 1);
            assertThat(cells.get(cells.size() - 1).getText()).as(object)
                    .isEqualTo(first.path("grade").isNull() ? "—" : first.path("grade").asString());
        }
    }

    /** The status and content type a link answers the signed-in browser with. */
    private String answer(String href) {
        return (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' })"
                + ".then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));", href);
    }

    @Test
    void speaksEnglish() {
        scenario.at(NOW);
        browser.signIn("supervisor");
        browser.open("/evaluation/dashboard?period=2048-05-01..2048-05-06&lang=en");
        browser.find("main[data-loaded='2048-05-01..2048-05-06']");

        assertThat(browser.find("h1").getText()).isEqualTo("Dashboard");
        assertThat(browser.find("#kpis").getText()).contains("Closing rate", "Dispatch accuracy", "Overdue now");
        assertThat(new Select(browser.find("#period-kind")).getFirstSelectedOption().getText()).isEqualTo("Dates");
        assertThat(browser.find("#period-from").getDomProperty("value")).isEqualTo("2048-05-01");
        assertThat(browser.find("#period-to").getDomProperty("value")).isEqualTo("2048-05-06");
        assertThat(browser.find("#trend-heading").getText()).isEqualTo("Case trend");
        assertThat(browser.find("#kpi-range").getText()).isEqualTo("2048-05-01 to 2048-05-06");
        assertThat(browser.find("#rankings-heading").getText()).startsWith("Rankings");
        assertThat(browser.find("#subdistricts-ranking thead").getText()).contains("Rank", "Score");
        assertThat(browser.find("a[data-export='hotspots'][data-format='csv']").getText()).isEqualTo("Export CSV");
        assertThat(browser.find(".navigation").getText()).contains("Dashboard", "Command screen");

        browser.open("/evaluation/screen");
        browser.find("#screen-live[data-state='live']");
        assertThat(browser.find("h1").getText()).isEqualTo("Command screen");
        assertThat(browser.find("#screen-live").getText()).isEqualTo("Live");
        assertThat(browser.find("body").getText()).contains("Open cases", "Reports today", "This month");
    }

    @Test
    void theBigScreenShowsANewReportFromItsEventStream() {
        scenario.at(NOW);
        browser.signIn("dispatcher");
        browser.open("/evaluation/screen");
        browser.find("#screen-live[data-state='live']");
        assertThat(browser.find("h1").getText()).isEqualTo("监督指挥大屏");
        long before = Long.parseLong(figure("today.reports").replace(",", ""));
        long monthBefore = Long.parseLong(figure("month.reports").replace(",", ""));

        String number = report(pointInGrids());

        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("dd[data-figure='today.reports']"),
                String.valueOf(before + 1)));
        assertThat(figure("month.reports")).isEqualTo(String.valueOf(monthBefore + 1));
        WebElement step = browser.find("#screen-feed li[data-step='" + number + "/1']");
        assertThat(step.getText()).contains(number, "上报");
        browser.screenshot("command-screen");
    }

    private String kpi(String name) {
        return browser.find("dd[data-kpi='" + name + "']").getText();
    }

    private String figure(String name) {
        return browser.find("dd[data-figure='" + name + "']").getText();
    }

    private void registeredCase(String at) {
        scenario.at(at);
        String number = report(pointInGrids());
        scenario.step(at.substring(0, 11) + "09:10:00", "operator", number, "accept");
        scenario.step(at.substring(0, 11) + "09:20:00", "supervisor", number, "register");
    }

    private String report(double[] point) {
        Category category = categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .findFirst().orElseThrow();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", category.code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "大屏路 2 号");
        body.put("description", "路灯不亮");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(scenario.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
