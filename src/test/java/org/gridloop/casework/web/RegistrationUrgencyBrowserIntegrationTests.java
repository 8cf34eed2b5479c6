package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
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
 * The shift supervisor registers (立案) cases whose reporter proposed urgent or not: the case
 * page shows the proposal and the filing time on the device beside the receipt, the urgency
 * select starts at the proposal, and the supervisor's choice is what the case records.
 */
@HttpIntegrationTest
class RegistrationUrgencyBrowserIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @Autowired
    Clock clock;

    HeadlessChromium browser;
    ApiClient api;
    private final Random random = new Random(47);

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
        api = new ApiClient(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void registrationPreselectsUrgentWhenTheReporterProposedItAndTheSupervisorMayChooseNormal() {
        OffsetDateTime filed = clock.instant().atZone(ZONE).toOffsetDateTime().minusHours(3).withNano(0);
        String number = accepted(true, filed);

        browser.signIn("supervisor");
        browser.open("/cases/" + number);

        assertThat(new Select(browser.find("#f-register-urgency")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("urgent");
        assertThat(browser.find(".facts").getText()).contains("上报人建议紧急");
        assertThat(browser.find("#filed-and-received").getText()).startsWith("上报于 " + SECONDS.format(filed))
                .contains("接收于 ");
        browser.screenshot("registration-urgent-proposed");

        new Select(browser.find("#f-register-urgency")).selectByValue("normal");
        browser.find("#f-register-submit").click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".case-head .badge"), "已立案"));
        Response file = api.get(api.token("supervisor"), "/api/v1/cases/" + number);
        assertThat(file.text("urgency")).as("the supervisor's choice, not the proposal").isEqualTo("NORMAL");
        assertThat(file.json().path("urgentProposed").asBoolean()).isTrue();

        browser.open("/cases/" + number + "?lang=en");
        assertThat(browser.find(".facts").getText()).contains("reporter proposes urgent");
        assertThat(browser.find("#filed-and-received").getText()).startsWith("Filed " + SECONDS.format(filed))
                .contains("received ");
    }

    @Test
    void registrationPreselectsNormalWithoutAProposal() {
        String number = accepted(false, null);

        browser.signIn("supervisor");
        browser.open("/cases/" + number);

        assertThat(new Select(browser.find("#f-register-urgency")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("normal");
        assertThat(browser.find(".facts").getText()).doesNotContain("上报人建议紧急");
        assertThat(browser.driver().findElements(By.id("filed-and-received"))).as("filed when received").isEmpty();
    }

    /** A case the demo inspector reported over the API and the operator accepted. */
    private String accepted(boolean urgent, OffsetDateTime filed) {
        Map<String, Object> body = new HashMap<>();
        double[] point = pointInGrids();
        body.put("kind", "incident");
        body.put("categoryCode", categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .findFirst().orElseThrow().code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("description", urgent ? "燃气管道泄漏" : "路面有积水");
        body.put("clientId", UUID.randomUUID().toString());
        body.put("urgent", urgent);
        if (filed != null) {
            body.put("reportedAt", filed.toString());
        }
        Response reported = api.post(api.token("inspector"), "/api/v1/reports", body);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String number = reported.text("number");
        Response accepted = api.post(api.token("operator"), "/api/v1/cases/" + number + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return number;
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
