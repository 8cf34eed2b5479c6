package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

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
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * The field app in a phone-sized Chromium window behind the demo district: signing in as the demo
 * inspector, the device's position and network, filing reports and reading the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FieldAppBrowserSupport {

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

    /** A failed test carries the phone's console, read before the browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback consoleOnFailure = context -> context.getExecutionException()
            .filter(failure -> browser != null)
            .ifPresent(failure -> failure.addSuppressed(new AssertionError("phone console:\n" + browser.console())));

    @BeforeEach
    void startPhone() {
        browser = HeadlessChromium.start(port);
        browser.driver().manage().window().setSize(new Dimension(412, 915));
    }

    @AfterEach
    void closePhone() {
        browser.close();
    }

    void signInThroughTheApp() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/m");
        browser.find("#username").sendKeys("inspector");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/m/"));
        ready();
    }

    void ready() {
        browser.find("body[data-ready=true]");
    }

    void fileReport(Category category, Path photo, String description) {
        fillReport(category, photo, description);
        browser.driver().findElement(By.id("report-submit")).click();
    }

    /** Chooses the class by its pinyin initials, takes the photo (checking its shrinking) and writes the description. */
    void fillReport(Category category, Path photo, String description) {
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
    }

    void waitForMessage(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-message"), text));
    }

    void waitForQueue(String state, int count) {
        browser.find("nav.tabs button[data-view=queue]").click();
        browser.waiting().until(driver -> driver.findElements(
                By.cssSelector("#queue-list li[data-state=" + state + "]")).size() == count);
    }

    void awaitServiceWorker() {
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);")));
    }

    List<Map<String, Object>> cases(String run) {
        return jdbc.sql("SELECT number, description, pinned, reporter FROM casework_case WHERE description LIKE :run "
                + "ORDER BY number").param("run", "field " + run + "%").query().listOfRows();
    }

    void position(double[] spot, double accuracy) {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                "origin", "http://localhost:" + port));
        browser.driver().executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", spot[0],
                "longitude", spot[1], "accuracy", accuracy));
    }

    static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    /** An incident class whose name gives at least two pinyin initials to search by. */
    Category incident() {
        return categories.reportable().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .filter(c -> FieldDictionaryInitials.of(c.name()).length() >= 2).findFirst().orElseThrow();
    }

    /** The middle of a unit grid of the demo inspector's work grid. */
    double[] pointInOwnWorkGrid() {
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
    Path photo(String name) throws IOException {
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
