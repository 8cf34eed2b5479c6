package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.field.internal.FieldDictionaryInitials;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The field app in a phone-sized Chromium window, as an inspector works it: signing in, filing
 * reports online and offline, and the queue sending them when the network returns.
 */
class FieldAppBrowserIntegrationTests extends FieldAppBrowserSupport {

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
}
