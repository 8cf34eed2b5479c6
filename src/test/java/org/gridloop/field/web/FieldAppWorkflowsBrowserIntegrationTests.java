package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.field.internal.FieldDictionaryInitials;
import org.gridloop.grid.GridCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * The field app's workflows beyond filing and sending, in a phone-sized Chromium: a refused report
 * corrected or dropped from the queue, the language switch and an asset report naming a nearby
 * register asset.
 */
class FieldAppWorkflowsBrowserIntegrationTests extends FieldAppBrowserSupport {

    /** Off the demo district's coast: inside no unit grid. */
    private static final double[] OUTSIDE_THE_GRIDS = {22.45, 113.95};

    @Test
    void aRefusedReportIsCorrectedAndSentOrDroppedAndGone() throws IOException {
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        Category category = incident();
        position(OUTSIDE_THE_GRIDS, 5);
        signInThroughTheApp();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±5"));

        fileReport(category, photo("outside-1.jpg"), "field " + run + " corrected");
        waitForMessage("已保存");
        fileReport(category, photo("outside-2.jpg"), "field " + run + " dropped");
        waitForMessage("已保存");
        waitForQueue("failed", 2);
        List<WebElement> failed = browser.driver().findElements(By.cssSelector("#queue-list li[data-state=failed]"));
        assertThat(failed).allSatisfy(item -> assertThat(item.findElement(By.cssSelector(".reason")).getText())
                .isEqualTo("位置不在任何单元网格内"));
        assertThat(cases(run)).as("a refused report makes no case").isEmpty();

        WebElement dropped = failed.get(0);
        WebElement corrected = failed.get(1);
        assertThat(corrected.getText()).as("newest first").contains("未被接受");
        String droppedId = dropped.getAttribute("data-client-id");
        String correctedId = corrected.getAttribute("data-client-id");
        clickInQueue("#queue-list li[data-client-id='" + correctedId + "'] button.correct");
        browser.find("#view-report:not([hidden])");
        assertThat(browser.find("#report-description").getDomProperty("value")).isEqualTo("field " + run + " corrected");
        assertThat(browser.find("#category-chosen").getText()).contains(category.code());
        assertThat(browser.driver().findElements(By.cssSelector("#report-photo-previews img"))).hasSize(1);
        assertThat(browser.find("#report-message").getText()).isEqualTo("位置不在任何单元网格内");

        double[] inside = pointInOwnWorkGrid();
        position(inside, 8);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±8"));
        browser.find("#report-submit").click();
        waitForMessage("已保存");
        waitForQueue("sent", 1);
        assertThat(browser.driver().findElements(By.cssSelector("#queue-list li[data-client-id='" + correctedId + "']")))
                .as("the corrected report replaced the refused one").isEmpty();
        assertThat(cases(run)).extracting(row -> row.get("description")).containsExactly("field " + run + " corrected");

        clickInQueue("#queue-list li[data-client-id='" + droppedId + "'] button.drop");
        browser.waiting().until(driver -> driver.findElements(
                By.cssSelector("#queue-list li[data-client-id='" + droppedId + "']")).isEmpty());
        browser.driver().navigate().refresh();
        ready();
        waitForQueue("sent", 1);
        assertThat(browser.driver().findElements(By.cssSelector("#queue-list li[data-state=failed]"))).isEmpty();
        assertThat(cases(run)).as("no case for the dropped report").hasSize(1);
    }

    /** Clicks a button of the queue list, which the app redraws whenever it retries its queue. */
    private void clickInQueue(String css) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    @Test
    void switchesToEnglishAndKeepsTheChoiceOverAReload() {
        position(pointInOwnWorkGrid(), 8);
        signInThroughTheApp();
        assertThat(browser.find("nav.tabs button[data-view=queue]").getText()).isEqualTo("待发送");

        browser.find("#language").click();
        assertEnglish();

        browser.driver().navigate().refresh();
        ready();
        assertEnglish();
        assertThat(browser.driver().executeScript("return document.documentElement.lang;")).isEqualTo("en");
    }

    private void assertEnglish() {
        assertThat(browser.find("nav.tabs button[data-view=report]").getText()).isEqualTo("Report");
        assertThat(browser.find("nav.tabs button[data-view=queue]").getText()).isEqualTo("Outbox");
        assertThat(browser.find("nav.tabs button[data-view=tasks]").getText()).isEqualTo("My tasks");
        assertThat(browser.find("#report-submit").getText()).isEqualTo("Submit report");
        assertThat(browser.find("#on-duty").getText()).isEqualTo("Start duty");
        assertThat(browser.find("#net-state").getText()).isEqualTo("Online");
        assertThat(browser.find("#language").getText()).as("the way back").isEqualTo("中文");
        String labels = String.valueOf(browser.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'nav.tabs button, header button:not(#language), #view-report .row button, #report-submit, "
                + "#view-report label, #view-report legend')).map(e => e.textContent).join(' | ');"));
        assertThat(labels).as("no Chinese left in the navigation, buttons and labels (class names stay Chinese)")
                .contains("Fixed it myself").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void anAssetReportNamesTheRegisterAssetPickedFromTheNearbyList() throws IOException {
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> asset = assetOfAReportableClass(0);
        Category category = categories.reportable().stream().filter(c -> c.kind() == CategoryKind.ASSET)
                .filter(c -> c.code().equals(asset.get("class_code"))).findFirst().orElseThrow();
        String identifier = (String) asset.get("identifier");
        position(new double[] {((Number) asset.get("latitude")).doubleValue() + 0.00003,
                ((Number) asset.get("longitude")).doubleValue()}, 5);
        signInThroughTheApp();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±5"));
        browser.find("#report-form input[name=kind][value=asset]").click();
        fillReport(category, photo("asset.jpg"), "field " + run + " asset");
        browser.find("#asset-field:not([hidden])");
        browser.find("#report-asset option[value='" + identifier + "']");
        new Select(browser.find("#report-asset")).selectByValue(identifier);
        browser.find("#report-submit").click();
        waitForMessage("已保存");
        waitForQueue("sent", 1);

        String number = (String) cases(run).get(0).get("number");
        ApiClient api = new ApiClient(port);
        JsonNode file = api.get(api.token("operator"), "/api/v1/cases/" + number).json();
        assertThat(file.path("asset").path("identifier").asString()).isEqualTo(identifier);
        assertThat(file.path("asset").path("picked").asBoolean()).as("named by the inspector").isFalse();
    }

    /** An intact register asset of a reportable class in the demo inspector's work grid (the n-th such). */
    private Map<String, Object> assetOfAReportableClass(int n) {
        List<String> own = workGrids.assignedTo("inspector").get(0).unitGrids().stream().map(GridCode::value).toList();
        List<String> classes = categories.reportable().stream().filter(c -> c.kind() == CategoryKind.ASSET)
                .filter(c -> FieldDictionaryInitials.of(c.name()).length() >= 2).map(Category::code).toList();
        return jdbc.sql("SELECT identifier, class_code, latitude, longitude FROM asset_register WHERE status = 'INTACT' "
                + "AND grid_code IN (:grids) AND class_code IN (:classes) ORDER BY identifier OFFSET :n LIMIT 1")
                .param("grids", own).param("classes", classes).param("n", n).query().singleRow();
    }
}
