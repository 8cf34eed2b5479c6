package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HttpIntegrationTest
class PageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void showsTheLoginPageInChineseByDefault() {
        HttpResponse<String> response = http.get("/login", "Accept-Language", "en-US");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"zh-CN\"", "登录数字城管", "用户名", "数字城管 Gridloop",
                "name=\"_csrf\"", "/webjars/htmx.org/", "htmx.min.js");
    }

    @Test
    void showsTheLoginPageInEnglishWhenAskedAndRemembersTheChoice() {
        HttpResponse<String> english = http.get("/login?lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"", "Sign in to Gridloop", "Username", "Password");
        assertThat(http.get("/login").body()).contains("Sign in to Gridloop");
        assertThat(http.get("/login?lang=zh_CN").body()).contains("登录数字城管");
    }

    @Test
    void sendsAnonymousPageRequestsToTheLoginPage() {
        for (String page : new String[] {"/", "/queues/dispatch", "/cases"}) {
            HttpResponse<String> response = http.get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void asksHtmxToReloadOnTheLoginPageWhenTheSessionIsGone() {
        HttpResponse<String> response = http.get("/queues/dispatch", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).contains("/login");
    }

    @Test
    void signsInThroughTheFormAndShowsTheWorkstationsOfThePost() {
        HttpResponse<String> signedIn = http.signIn("supervisor", "demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> home = http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("张伟", "href=\"/queues/registration\"", "href=\"/queues/closing\"",
                "href=\"/cases\"", "action=\"/logout\"", "href=\"#main\"");
        assertThat(home.body()).doesNotContain("href=\"/queues/dispatch\"", "href=\"/queues/intake\"");
        String english = http.get("/?lang=en").body();
        assertThat(english).contains("Shift supervisor").doesNotContain("值班长");
    }

    @Test
    void servesTheFaviconToEveryone() {
        HttpResponse<String> icon = http.get("/favicon.ico");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("icon"));
    }

    @Test
    void sendsAWrongPasswordBackToTheLoginPageWithAMessage() {
        HttpResponse<String> refused = http.signIn("supervisor", "wrong");

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(http.get("/login?error").body()).contains("用户名或密码错误。");
    }

    @Test
    void refusesALoginFormWithoutCsrfToken() {
        HttpResponse<String> response = http.postForm("/login",
                Map.of("username", "supervisor", "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signsOut() {
        http.signIn("dispatcher", "demo");
        String csrf = TestHttp.csrfToken(http.get("/").body());

        HttpResponse<String> signedOut = http.postForm("/logout", Map.of("_csrf", csrf));

        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(http.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void showsTheFriendlyErrorPageForAnUnknownPage() {
        http.signIn("leader", "demo");

        HttpResponse<String> response = http.get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("页面不存在", "返回首页", "陈静");
    }

    @Test
    void showsTheRefusalOfAPageWithItsStatusAndMessage() {
        http.signIn("operator", "demo");

        HttpResponse<String> response = http.get(RefusingPageController.PATH);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("数据已变化", "此记录已被他人修改，请刷新后重试。", "李娜");
    }

    @Test
    void letsTheErrorPageThroughWithoutSession() {
        HttpResponse<String> response = http.get("/error?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void servesTheWebJarsAndOwnAssetsWithoutSession() {
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/js/app.js").body()).contains("htmx:configRequest");
    }

    @Test
    void reportsHealthWithTheDatabaseToAnyone() {
        HttpResponse<String> response = http.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void keepsMetricsForAdministrators() {
        assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);

        HttpResponse<String> operator = http.get("/actuator/metrics", "Authorization", "Bearer " + token("operator"));
        assertThat(operator.statusCode()).isEqualTo(403);
        assertThat(operator.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> admin = http.get("/actuator/metrics", "Authorization", "Bearer " + token("admin"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm.memory.used");
    }

    @Test
    void letsASignedInAdministratorReadMetricsInTheBrowser() {
        http.signIn("admin", "demo");

        assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    private String token(String username) {
        HttpResponse<String> response = http.postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
        return json.readTree(response.body()).get("token").asString();
    }
}
