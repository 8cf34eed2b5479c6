package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
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

/**
 * The intake operator corrects the class of a hotline report on the case page (改类): a refusal
 * is shown in Chinese at the field, the correction lands in the timeline with both classes, and
 * the page reads the same in English.
 */
@HttpIntegrationTest
class ReclassificationBrowserIntegrationTests {

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
    void operatorReclassifiesAReportFromTheCasePage() {
        List<Category> incidents = categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .limit(2).toList();
        Category filed = incidents.get(0);
        Category corrected = incidents.get(1);
        browser.signIn("operator");
        String number = HotlineCalls.enter(browser, filed.code(), HotlineCalls.pointIn(grids, "440307001", 17));

        chooseClass(filed);
        browser.find("#f-reclassify-reason").sendKeys("类别选错");
        browser.find("#f-reclassify-submit").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("f-reclassify-categoryCode-error")));
        assertThat(browser.find("#f-reclassify-categoryCode-error").getText()).isEqualTo("案卷已属于该分类");
        assertThat(browser.find("#f-reclassify-reason").getDomProperty("value"))
                .as("the typed reason stays in the form").isEqualTo("类别选错");

        chooseClass(corrected);
        browser.find("#f-reclassify-submit").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "已办理"));
        assertThat(browser.find(".case-head .badge").getText()).as("the status stays").isEqualTo("已上报");
        List<String> steps = browser.driver().findElements(By.cssSelector("#timeline tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-action")).toList();
        assertThat(steps).containsExactly("submit", "reclassify");
        assertThat(browser.find("#timeline").getText()).contains(
                "类别：事件 " + filed.code() + "（" + filed.name() + "） → 事件 " + corrected.code() + "（"
                        + corrected.name() + "）",
                "类别选错");
        assertThat(browser.find(".facts").getText()).contains(corrected.name());
        browser.screenshot("reclassified-case");

        browser.open("/cases/" + number + "?lang=en");
        assertThat(browser.find("#action-reclassify h3").getText()).isEqualTo("Reclassify");
        assertThat(browser.find("label[for='f-reclassify-kind']").getText()).isEqualTo("New kind");
        assertThat(browser.find("label[for='f-reclassify-categoryCode']").getText()).isEqualTo("New category");
        assertThat(browser.find("label[for='f-reclassify-reason']").getText()).isEqualTo("Reason for reclassifying");
        assertThat(browser.find("#timeline").getText()).contains("Class: Incident " + filed.code());
    }

    private void chooseClass(Category category) {
        new Select(browser.find("#f-reclassify-kind")).selectByValue("incident");
        browser.find("#f-reclassify-categoryCode optgroup[data-kind='incident'] option[value='"
                + category.code() + "']").click();
    }
}
