package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.ApiClient;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation model page in Chromium: an administrator saves a changed weight as a version
 * in force from 2043 and the scorecards of 2043 are scored under it; a refused model is named
 * next to its fields and stores nothing; other posts are refused the page. Versions are global,
 * so the versions added here are in force from days of 2043 and 2044 only, and the one in force
 * before is put back from 2044 for the periods after.
 */
@HttpIntegrationTest
class ModelPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    HeadlessChromium browser;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAdministratorSavesAChangedWeightAsAVersionAndTheScorecardsOfItsDaysUseIt() {
        String admin = api.token("admin");
        JsonNode before = api.get(admin, "/api/v1/evaluation/model?date=2042-12-31").json();
        double weight = before.path("weights").path("departments").path("handlingRate").asDouble();
        String changed = ModelPageForm.text(weight == 100 ? 90 : weight + 5);
        try {
            browser.signIn("admin");
            browser.open("/evaluation/scorecards");
            browser.find("#edit-model").click();
            browser.waiting().until(ExpectedConditions.urlContains("/evaluation/model"));
            assertThat(browser.find("h1").getText()).isEqualTo("考评模型");

            browser.find("#version-" + before.path("version").asInt() + " a").click();
            browser.waiting().until(ExpectedConditions.urlContains("from=" + before.path("version").asInt()));
            WebElement handling = browser.find("#w-departments-handlingRate");
            assertThat(handling.getAttribute("value")).isEqualTo(ModelPageForm.text(weight));
            assertThat(browser.find("label[for='w-departments-handlingRate']").getText()).isEqualTo("处置率");
            assertThat(browser.find("label[for='w-departments-reworkRate']").getText()).contains("负向");
            handling.clear();
            handling.sendKeys(changed);
            WebElement from = browser.find("#effectiveFrom");
            from.clear();
            from.sendKeys("2043-01-01", Keys.ENTER);

            WebElement notice = browser.find("#notice");
            assertThat(notice.getText()).contains("自 2043-01-01 起施行");
            int version = latestVersion(admin, "2043-01-01");
            assertThat(notice.getText()).contains("第 " + version + " 版");
            WebElement row = browser.find("#version-" + version);
            assertThat(row.getText()).contains("2043-01-01", "admin");
            assertThat(api.get(admin, "/api/v1/evaluation/models/" + version).json().path("weights")
                    .path("departments").path("handlingRate").asDouble()).isEqualTo(Double.parseDouble(changed));
            browser.screenshot("evaluation-model");

            browser.open("/evaluation/scorecards?object=departments&period=2043-02");
            assertThat(browser.find("#scorecard-model").getText()).contains("第 " + version + " 版", "2043-01-01");
            assertThat(browser.find("#score-formula").getText()).contains("处置率 × " + changed);
            JsonNode top = before.path("grades").get(0);
            assertThat(browser.find("#grade-bands").getText()).contains(top.path("grade").asString() + " ≥ "
                    + ModelPageForm.text(top.path("minScore").asDouble()));
            browser.open("/evaluation/scorecards?object=departments&period=2042-12");
            assertThat(browser.find("#scorecard-model").getText()).doesNotContain("第 " + version + " 版");
        } finally {
            ObjectNode restored = (ObjectNode) before.deepCopy();
            restored.remove("version");
            restored.put("effectiveFrom", "2044-01-01");
            assertThat(api.post(admin, "/api/v1/evaluation/models", restored).status()).isEqualTo(201);
        }
    }

    @Test
    void aRefusedModelIsNamedNextToItsFieldsInTheUsersLanguageAndNothingIsStored() {
        String admin = api.token("admin");
        int versions = api.get(admin, "/api/v1/evaluation/models").json().size();
        browser.signIn("admin");
        browser.open("/evaluation/model");
        type("#effectiveFrom", "2044-06-01");
        type("#w-departments-handlingRate", "150");
        type("#size-0-population", "-5");
        type("#size-0-assets", "10");
        browser.find("#save-model").click();

        assertThat(browser.find("#error").getText()).contains("未保存", "考评模型有误");
        assertThat(browser.find("#w-departments-handlingRate-error").getText()).isEqualTo("应在 0 到 100 之间");
        WebElement handling = browser.find("#w-departments-handlingRate");
        assertThat(handling.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(handling.getAttribute("aria-describedby")).isEqualTo("w-departments-handlingRate-error");
        assertThat(handling.getAttribute("value")).as("kept as entered").isEqualTo("150");
        assertThat(browser.find("#size-0-error").getText()).isEqualTo("人口和部件数应为 0 或更多");
        assertThat(browser.find("#size-0-population").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#effectiveFrom").getAttribute("value")).isEqualTo("2044-06-01");
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(2);
        browser.screenshot("evaluation-model-refused");
        assertThat(api.get(admin, "/api/v1/evaluation/models").json().size()).as("nothing stored").isEqualTo(versions);

        type("#w-departments-handlingRate", "30");
        type("#size-0-population", "");
        type("#size-0-assets", "");
        type("#grade-0-min", "ninety");
        browser.find("#grade-0-min").sendKeys(Keys.ENTER);
        assertThat(browser.find("#grade-0-min-error").getText()).startsWith("应填写数字");
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(1);

        browser.open("/evaluation/model?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Evaluation model");
        type("#effectiveFrom", "2044-06-01");
        type("#w-inspectors-validReportRate", "0");
        type("#w-inspectors-missedReportRate", "0");
        type("#w-inspectors-verificationOnTimeRate", "0");
        type("#w-inspectors-checkOnTimeRate", "0");
        browser.find("#save-model").click();
        assertThat(browser.find("#weights-inspectors-error").getText()).isEqualTo("At least one weight must be above 0");
        assertThat(browser.find("#error").getText()).startsWith("Not saved");
        assertThat(api.get(admin, "/api/v1/evaluation/models").json().size()).as("nothing stored").isEqualTo(versions);
    }

    @Test
    void otherPostsAreRefusedThePageAndSeeNoLinkToIt() {
        browser.signIn("leader");
        browser.open("/evaluation/scorecards");
        browser.find("#scorecard-model");
        assertThat(browser.driver().findElements(By.id("edit-model"))).isEmpty();
        Object saved = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const header = document.querySelector('meta[name=_csrf_header]').content;
                const token = document.querySelector('meta[name=_csrf]').content;
                fetch('/evaluation/model', {method: 'POST', headers: {[header]: token},
                        body: new URLSearchParams({effectiveFrom: '2044-07-01'}), redirect: 'manual'})
                    .then(response => done(response.status), failure => done(String(failure)));""");
        assertThat(saved).as("a save by a leader").isEqualTo(403L);
        browser.open("/evaluation/model");
        assertThat(browser.find("h1").getText()).isEqualTo("无权访问");
        assertThat(browser.driver().findElements(By.id("save-model"))).isEmpty();
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** The version in force from the day added last. */
    private int latestVersion(String token, String day) {
        List<Integer> versions = new ArrayList<>();
        api.get(token, "/api/v1/evaluation/models").json().forEach(version -> {
            if (version.path("effectiveFrom").asString().equals(day)) {
                versions.add(version.path("version").asInt());
            }
        });
        assertThat(versions).isNotEmpty();
        return versions.get(0);
    }
}
