package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
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
 * One hotline call walked around the whole loop in a real browser, each post working from its
 * own queue page.
 */
@HttpIntegrationTest
class CaseWorkstationsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

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
    void hotlineCallGoesAroundTheLoopThroughTheQueuePages() {
        browser.signIn("operator");
        String number = enterHotlineCall();
        act("requestVerification", "inspector", "核实中");

        browser.signIn("inspector");
        openFromQueue("/queues/tasks", number);
        browser.find("#f-verify-confirmed-true").click();
        submit("verify");
        browser.waiting().until(ExpectedConditions.urlContains("/queues/tasks"));
        assertThat(browser.find(".notice").getText()).contains(number);

        browser.signIn("operator");
        browser.open("/queues/intake");
        browser.screenshot("intake-queue");
        openFromQueue("/queues/intake", number);
        submitAndExpect("accept", "已受理");

        browser.signIn("supervisor");
        openFromQueue("/queues/registration", number);
        submitAndExpect("register", "已立案");

        browser.signIn("dispatcher");
        filterQueue("/queues/dispatch", number);
        String department = new Select(browser.find("#f-dispatch-departmentCode")).getFirstSelectedOption()
                .getDomAttribute("value");
        assertThat(department).as("the routing proposal is preselected").isNotBlank();
        browser.screenshot("case-to-dispatch");
        submitAndExpect("dispatch", "处置中");

        browser.signIn("handler-" + department);
        openFromQueue("/queues/department", number);
        browser.find("#f-reportHandled-note").sendKeys("已清理完毕");
        submitAndExpect("reportHandled", "已处置");

        browser.signIn("operator");
        openFromQueue("/queues/intake?section=handled", number);
        String first = anotherInspector("requestCheck");
        act("requestCheck", first, "核查中");
        reassign(first, "inspector");

        browser.signIn("inspector");
        openFromQueue("/queues/tasks", number);
        browser.find("#f-check-passed-true").click();
        submit("check");
        browser.waiting().until(ExpectedConditions.urlContains("/queues/tasks"));

        browser.signIn("supervisor");
        openFromQueue("/queues/closing", number);
        submitAndExpect("close", "已结案");

        assertThat(browser.find(".case-head .badge").getText()).isEqualTo("已结案");
        List<String> steps = browser.driver().findElements(By.cssSelector("#timeline tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-action")).toList();
        assertThat(steps).containsExactly("submit", "requestVerification", "verify", "accept", "register",
                "dispatch", "reportHandled", "requestCheck", "reassign", "check", "close");
        assertThat(browser.find("#timeline").getText()).contains("已清理完毕", "属实", "通过", "(inspector)",
                "张伟 (supervisor)", "李娜 (operator)");
        assertThat(browser.find("#case-map").getDomAttribute("class")).contains("leaflet-container");
        assertThat(browser.driver().findElements(By.cssSelector("#case-map path.leaflet-interactive"))).isNotEmpty();
        browser.screenshot("closed-case");
    }

    private String enterHotlineCall() {
        String number = HotlineCalls.enter(browser, incidentCode(), HotlineCalls.pointIn(grids, "440307001", 11));
        assertThat(browser.find(".facts").getText()).contains("13800138000", "12319");
        return number;
    }

    /** Opens the queue filtered to the case, and the case from its row. */
    private void openFromQueue(String queue, String number) {
        browser.open(queue + (queue.contains("?") ? "&" : "?") + "number=" + number);
        browser.find("#results a[href='/cases/" + number + "']").click();
        browser.waiting().until(ExpectedConditions.urlContains("/cases/" + number));
    }

    /** Opens the queue, types the number into the filter and waits for htmx to narrow the table. */
    private void filterQueue(String queue, String number) {
        browser.open(queue);
        browser.find("#filter-number").sendKeys(number);
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#results tbody tr")).size() == 1
                && !driver.findElements(By.cssSelector("#results a[href='/cases/" + number + "']")).isEmpty());
        browser.find("#results a[href='/cases/" + number + "']").click();
        browser.waiting().until(ExpectedConditions.urlContains("/cases/" + number));
    }

    private void act(String action, String inspector, String expectedStatus) {
        WebElement picker = browser.find("#f-" + action + "-inspector");
        assertThat(picker.findElements(By.cssSelector("optgroup"))).isNotEmpty();
        assertThat(picker.getText()).containsPattern("\\S+ \\(i001-\\d{3}\\)");
        new Select(picker).selectByValue(inspector);
        submitAndExpect(action, expectedStatus);
    }

    /** An inspector of the task picker other than the demo's own inspector. */
    private String anotherInspector(String action) {
        return new Select(browser.find("#f-" + action + "-inspector")).getOptions().stream()
                .map(option -> option.getDomAttribute("value")).filter(value -> value.matches("i001-\\d{3}"))
                .findFirst().orElseThrow();
    }

    /** Hands the open task to another inspector on the case page; the status stays. */
    private void reassign(String from, String to) {
        Select picker = new Select(browser.find("#f-reassign-inspector"));
        assertThat(picker.getOptions()).extracting(option -> option.getDomAttribute("value"))
                .as("the inspector who has the task is not offered").doesNotContain(from).contains(to);
        picker.selectByValue(to);
        submit("reassign");
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#timeline tbody tr[data-action='reassign']"))
                .size() == 1);
        assertThat(browser.find(".case-head .badge").getText()).isEqualTo("核查中");
        assertThat(browser.find(".notice").getText()).contains("已办理");
    }

    private void submit(String action) {
        browser.find("#f-" + action + "-submit").click();
    }

    private void submitAndExpect(String action, String expectedStatus) {
        submit(action);
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".case-head .badge"), expectedStatus));
        assertThat(browser.find(".notice").getText()).contains("已办理");
    }

    private String incidentCode() {
        return categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT).findFirst()
                .orElseThrow().code();
    }
}
