package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.field.internal.FieldDictionaryInitials;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The field app in a phone-sized Chromium window, as an inspector works it: signing in, filing
 * reports online and offline, and the queue sending them when the network returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldAppBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkGrids workGrids;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @TempDir
    Path files;

    HeadlessChromium browser;

    @BeforeEach
    void startPhone() {
        browser = HeadlessChromium.start(port);
        browser.driver().manage().window().setSize(new Dimension(412, 915));
    }

    @AfterEach
    void closePhone() {
        browser.close();
    }

    @Test
    void filesReportsOnlineAndOfflineAndTheQueueSendsThemInOrderOnce() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        double[] spot = pointInOwnWorkGrid();
        Path photo = photo("street.jpg");
        Category category = categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .filter(c -> FieldDictionaryInitials.of(c.name()).length() >= 2).findFirst().orElseThrow();
        position(spot, 150);

        signInThroughTheApp();
        fileReport(category, photo, "field " + run + " 1");
        assertThat(browser.find("#report-message").getText()).as("refused above the accuracy limit")
                .contains("50");
        browser.find("#report-map").click();
        assertThat(browser.find("#position-state").getText()).contains("手动标定");
        browser.find("#report-submit").click();
        waitForQueue("sent", 1);
        assertThat(cases(run)).hasSize(1);
        awaitServiceWorker();

        browser.driver().setNetworkConditions(offline(true));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("net-state"), "离线"));
        position(spot, 8);
        browser.driver().navigate().refresh();
        ready();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±8"));
        fileReport(category, photo("second.jpg"), "field " + run + " 2");
        waitForMessage("已保存");
        fileReport(category, photo("third.jpg"), "field " + run + " 3");
        waitForMessage("已保存");
        waitForQueue("waiting", 2);
        assertThat(cases(run)).as("nothing leaves the phone offline").hasSize(1);

        browser.driver().setNetworkConditions(offline(false));
        waitForQueue("sent", 3);

        List<Map<String, Object>> filed = cases(run);
        assertThat(filed).extracting(row -> row.get("description"))
                .containsExactly("field " + run + " 1", "field " + run + " 2", "field " + run + " 3");
        assertThat(filed).extracting(row -> row.get("pinned")).containsExactly(true, false, false);
        assertThat(filed).allSatisfy(row -> assertThat(row.get("reporter")).isEqualTo("inspector"));
        browser.waiting().until(driver -> String.valueOf(browser.driver().executeScript(
                "return document.getElementById('queue-list').textContent;")).contains((String) filed.get(2).get("number")));
    }

    @Test
    void verifiesAndChecksACaseFromTheTaskList() {
        ApiClient api = new ApiClient(port);
        double[] spot = pointInOwnWorkGrid();
        Response reported = api.post(api.token("inspector"), "/api/v1/reports", Map.of("kind", "incident",
                "categoryCode", categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                        .findFirst().orElseThrow().code(), "lat", spot[0], "lon", spot[1], "accuracyMeters", 5,
                "description", "路面有积水", "clientId", UUID.randomUUID().toString()));
        String number = reported.text("number");
        step(api, "operator", number, "requestVerification");
        position(spot, 8);
        signInThroughTheApp();
        java.sql.Timestamp since = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5));
        browser.find("#on-duty").click();
        assertThat(browser.find("#on-duty").getAttribute("aria-pressed")).isEqualTo("true");

        browser.find("nav.tabs button[data-view=tasks]").click();
        browser.find("#task-list button.task[data-case='" + number + "'][data-task=verification]").click();
        browser.find("#task-outcomes input[value=CONFIRMED]").click();
        browser.find("#task-note").sendKeys("现场属实");
        browser.find("#task-submit").click();
        waitForQueue("sent", 1);
        assertThat(timeline(number, "VERIFY")).isEqualTo(1);

        step(api, "operator", number, "accept");
        step(api, "supervisor", number, "register");
        String department = api.get(api.token("dispatcher"), "/api/v1/cases/" + number).json().path("department")
                .path("code").asString();
        step(api, "dispatcher", number, "dispatch");
        step(api, "handler-" + department, number, "reportHandled");
        step(api, "operator", number, "requestCheck");

        browser.find("nav.tabs button[data-view=tasks]").click();
        browser.find("#task-list button.task[data-case='" + number + "'][data-task=check]").click();
        browser.find("#task-outcomes input[value=PASSED]").click();
        browser.find("#task-submit").click();
        waitForQueue("sent", 2);
        assertThat(timeline(number, "CHECK")).isEqualTo(1);
        assertThat(api.get(api.token("operator"), "/api/v1/cases/" + number).text("status")).isEqualTo("CHECKED");
        browser.find("nav.tabs button[data-view=tasks]").click();
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#task-list button.task[data-case='"
                + number + "']")).isEmpty());
        browser.find("nav.tabs button[data-view=queue]").click();
        browser.find("#sync-now").click();
        browser.waiting().until(driver -> !samplesSince(since).isEmpty());
        assertThat(samplesSince(since)).as("the position sampled on duty went with the sync")
                .allSatisfy(row -> assertThat(((Number) row.get("latitude")).doubleValue()).isCloseTo(spot[0],
                        org.assertj.core.data.Offset.offset(1e-5)));
    }

    private static void step(ApiClient api, String username, String number, String action) {
        Response response = api.post(api.token(username), "/api/v1/cases/" + number + "/" + action, Map.of());
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private List<Map<String, Object>> samplesSince(java.sql.Timestamp since) {
        return jdbc.sql("SELECT latitude, longitude FROM organization_position_sample WHERE username = 'inspector' "
                + "AND at >= :since").param("since", since).query().listOfRows();
    }

    private long timeline(String number, String action) {
        return jdbc.sql("SELECT count(*) FROM casework_timeline_entry t JOIN casework_case c ON c.id = t.case_id "
                + "WHERE c.number = :number AND t.action = :action").param("number", number).param("action", action)
                .query(Long.class).single();
    }

    private void signInThroughTheApp() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/m");
        browser.find("#username").sendKeys("inspector");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/m/"));
        ready();
    }

    private void ready() {
        browser.find("body[data-ready=true]");
    }

    private void fileReport(Category category, Path photo, String description) {
        browser.find("nav.tabs button[data-view=report]").click();
        browser.find("#category-search").clear();
        browser.find("#category-search").sendKeys(FieldDictionaryInitials.of(category.name()));
        browser.find("#category-list button.option[data-code='" + category.code() + "']").click();
        browser.driver().findElement(By.id("report-photos")).sendKeys(photo.toString());
        browser.find("#report-photo-previews img");
        browser.waiting().until(driver -> ((Number) browser.driver().executeScript(
                "return document.querySelector('#report-photo-previews img').naturalWidth;")).intValue() > 0);
        Map<?, ?> kept = (Map<?, ?>) browser.driver().executeScript("const img = document.querySelector("
                + "'#report-photo-previews img'); return {width: img.naturalWidth, height: img.naturalHeight, "
                + "bytes: Number(img.dataset.bytes)};");
        assertThat(((Number) kept.get("width")).intValue()).as("long side").isEqualTo(1600);
        assertThat(((Number) kept.get("height")).intValue()).isEqualTo(1200);
        assertThat(((Number) kept.get("bytes")).intValue()).isLessThanOrEqualTo(300 * 1024);
        browser.driver().findElement(By.id("report-description")).sendKeys(description);
        browser.driver().findElement(By.id("report-submit")).click();
    }

    private void waitForMessage(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-message"), text));
    }

    private void waitForQueue(String state, int count) {
        browser.find("nav.tabs button[data-view=queue]").click();
        browser.waiting().until(driver -> driver.findElements(
                By.cssSelector("#queue-list li[data-state=" + state + "]")).size() == count);
    }

    private void awaitServiceWorker() {
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);")));
    }

    private List<Map<String, Object>> cases(String run) {
        return jdbc.sql("SELECT number, description, pinned, reporter FROM casework_case WHERE description LIKE :run "
                + "ORDER BY number").param("run", "field " + run + "%").query().listOfRows();
    }

    private void position(double[] spot, double accuracy) {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                "origin", "http://localhost:" + port));
        browser.driver().executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", spot[0],
                "longitude", spot[1], "accuracy", accuracy));
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    /** The middle of a unit grid of the demo inspector's work grid. */
    private double[] pointInOwnWorkGrid() {
        GridCode own = workGrids.assignedTo("inspector").get(0).unitGrids().get(0);
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).map(GridPlace::grid).filter(own::equals).isPresent()) {
                return new double[] {lat, lon};
            }
        }
        throw new IllegalStateException("no point found in " + own);
    }

    /** A camera-sized JPEG (far over 1600 px), which the app must shrink before it keeps it. */
    private Path photo(String name) throws IOException {
        BufferedImage image = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(3200), random.nextInt(2400), 40 + random.nextInt(400), 40 + random.nextInt(300));
        }
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
