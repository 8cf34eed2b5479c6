package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.data.Offset;
import org.gridloop.ApiClient;
import org.gridloop.grid.GridPlace;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * The inspector's work beyond the plain report, in a phone-sized Chromium: a problem fixed on the
 * spot (自行处置) with its before and after photos, and the asset census (普查) proposing a new
 * asset at the phone's position, online only.
 */
class FieldAppFieldworkBrowserIntegrationTests extends FieldAppBrowserSupport {

    @Test
    void aSelfHandledReportNeedsAnAfterPhotoAndMakesOneCheckedCaseWithThePhotosBeforeAndAfterApart() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        position(pointInOwnWorkGrid(), 8);
        signInThroughTheApp();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±8"));

        fillReport(incident(), photo("before.jpg"), "field " + run + " self-handled");
        browser.find("#report-self-handled").click();
        browser.find("#after-photos-field:not([hidden])");
        browser.find("#report-submit").click();
        waitForMessage("自行处置需要 1 到 6 张处置后照片。");
        assertThat(queued()).as("nothing queued").isZero();
        assertThat(cases(run)).as("no case without the photo after").isEmpty();

        browser.driver().findElement(By.id("report-after-photos")).sendKeys(photo("after.jpg").toString());
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "const img = document.querySelector('#report-after-previews img'); return Boolean(img && img.naturalWidth);")));
        browser.find("#report-submit").click();
        waitForMessage("已保存");
        waitForQueue("sent", 1);

        Map<?, ?> photoIds = queuedPhotoIds();
        List<String> before = ids(photoIds.get("photos"));
        List<String> after = ids(photoIds.get("afterPhotos"));
        assertThat(before).hasSize(1);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        List<Map<String, Object>> filed = cases(run);
        assertThat(filed).as("exactly one case").hasSize(1);
        ApiClient api = new ApiClient(port);
        JsonNode file = api.get(api.token("operator"), "/api/v1/cases/" + filed.get(0).get("number")).json();
        assertThat(file.path("status").asString()).as("self-handled cases start checked").isEqualTo("CHECKED");
        assertThat(file.path("timeline").get(0).path("action").asString()).isEqualTo("selfHandle");
        assertThat(file.path("photos").valueStream().map(JsonNode::asString).toList()).as("the report shows before")
                .containsExactly(before.get(0));
        assertThat(file.path("timeline").get(0).path("photos").valueStream().map(JsonNode::asString).toList())
                .as("the self-handling step shows after").containsExactly(after.get(0));
    }

    @Test
    void proposesANewAssetAtThePhonesPositionInTheCensus() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        double[] spot = pointInOwnWorkGrid();
        position(spot, 8);
        signInThroughTheApp();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "±8"));

        browser.find("nav.tabs button[data-view=census]").click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("census-position"), "手机定位，精度 ±8 米"));
        browser.find("#census-class option");
        String classCode = new Select(browser.find("#census-class")).getFirstSelectedOption().getDomProperty("value");
        browser.find("#census-note").sendKeys("field " + run + " census");
        browser.find("#census-submit").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("census-message"), "已提交"));

        JsonNode proposal = proposal(run);
        assertThat(proposal.path("kind").asString()).isEqualTo("NEW");
        assertThat(proposal.path("state").asString()).isEqualTo("PENDING");
        assertThat(proposal.path("classCode").asString()).isEqualTo(classCode);
        assertThat(proposal.path("proposedBy").asString()).isEqualTo("inspector");
        assertThat(proposal.path("latitude").asDouble()).isCloseTo(spot[0], Offset.offset(1e-6));
        assertThat(proposal.path("longitude").asDouble()).isCloseTo(spot[1], Offset.offset(1e-6));
        assertThat(proposal.path("gridCode").asString())
                .isEqualTo(grids.locate(spot[0], spot[1]).map(GridPlace::grid).orElseThrow().value());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("census-list"),
                "#" + proposal.path("id").asLong() + " "));
    }

    @Test
    void theCensusSaysItIsOnlineOnlyAndSendsNothingOffline() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        position(pointInOwnWorkGrid(), 8);
        signInThroughTheApp();
        browser.find("nav.tabs button[data-view=census]").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("census-position"), "±8"));
        assertThat(browser.find("#census-message").getText()).as("no notice online").isEmpty();

        browser.driver().setNetworkConditions(offline(true));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("census-message"), "离线时无法提交普查建议。"));
        browser.find("#census-note").sendKeys("field " + run + " census offline");
        browser.find("#census-submit").click();
        assertThat(browser.find("#census-message").getText()).isEqualTo("离线时无法提交普查建议。");

        browser.driver().setNetworkConditions(offline(false));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("census-message"), ""));
        assertThat(proposals(run)).as("nothing was sent offline").isEmpty();
        browser.find("#census-submit").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("census-message"), "已提交"));
        assertThat(proposals(run)).as("sent once online").hasSize(1);
    }

    private long queued() {
        return ((Number) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "FieldQueue.items().then(items => done(items.length));")).longValue();
    }

    /** The ids the phone got for the before and after photos of its only queued report. */
    private Map<?, ?> queuedPhotoIds() {
        return (Map<?, ?>) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "FieldQueue.items().then(items => done({photos: items[0].photos.map(p => p.id),"
                + " afterPhotos: items[0].afterPhotos.map(p => p.id)}));");
    }

    private static List<String> ids(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private JsonNode proposal(String run) {
        List<JsonNode> found = proposals(run);
        assertThat(found).as("one proposal of this run").hasSize(1);
        return found.get(0);
    }

    private List<JsonNode> proposals(String run) {
        ApiClient api = new ApiClient(port);
        return api.get(api.token("inspector"), "/api/v1/census").json().valueStream()
                .filter(p -> p.path("note").asString("").startsWith("field " + run + " ")).toList();
    }
}
