package org.gridloop.timing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class TimingPageIntegrationTests {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void showsTheYearOfTheCalendarWithItsSpecialDaysInChineseAndEnglish() {
        http.signIn("admin", "demo");

        HttpResponse<String> page = http.get("/admin/calendar?year=2026");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("工作日历 2026", "国庆节调休上班", "id=\"day-2026-10-10\"", "调休上班",
                "10 月", "09:00-12:00, 14:00-18:00", "默认工作日历");
        assertThat(http.get("/admin/calendar?year=2026&lang=en").body())
                .contains("Working calendar 2026", "Make-up working day", "Month 10", "Mon");
    }

    @Test
    void addsAndRemovesASpecialDayThroughTheForms() {
        http.signIn("admin", "demo");
        String csrf = TestHttp.csrfToken(http.get("/admin/calendar?year=2032&lang=zh_CN").body());

        HttpResponse<String> added = http.postForm("/admin/calendar/special-days",
                Map.of("date", "2032-05-03", "kind", "HOLIDAY", "name", "表单假日", "_csrf", csrf));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/calendar?year=2032"));
        assertThat(http.get("/admin/calendar?year=2032").body()).contains("已保存 2032-05-03", "表单假日");

        http.postForm("/admin/calendar/special-days/remove", Map.of("date", "2032-05-03", "_csrf", csrf));

        assertThat(http.get("/admin/calendar?year=2032").body()).doesNotContain("表单假日")
                .contains("该年尚无特殊日期");
    }

    @Test
    void showsARefusedFormInputOnThePage() {
        http.signIn("admin", "demo");
        String csrf = TestHttp.csrfToken(http.get("/admin/calendar?year=2032&lang=zh_CN").body());

        http.postForm("/admin/calendar/special-days", Map.of("date", "2032-05-03", "kind", "REST", "name", "x",
                "_csrf", csrf));

        assertThat(http.get("/admin/calendar?year=2032").body()).contains("类型应为 HOLIDAY（节假日）或 WORKDAY（调休上班）");
    }

    @Test
    void showsTheTimeLimitStandards() {
        http.signIn("admin", "demo");

        HttpResponse<String> page = http.get("/admin/time-limits?kind=ASSET&code=01001&lang=zh_CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("时限标准", "派发核查", "10 工作分钟", "现行", "3 自然小时",
                "重庆高新区2007:井盖检修≤3小时");
        assertThat(page.body()).contains("id=\"stage-amount\"", "id=\"stage-unit\"", "id=\"stage-from\"",
                "id=\"handling-amount\"", "id=\"handling-unit\"", "id=\"handling-from\"", "工作日");
        assertThat(page.body()).contains("初始标准（自启用起）", "一般情形").doesNotContain("1970-01-01", ">default<");
    }

    @Test
    void refusesTheAdministrationPagesToOtherPosts() {
        http.signIn("supervisor", "demo");

        assertThat(http.get("/admin/calendar").statusCode()).isEqualTo(403);
        assertThat(http.get("/admin/time-limits").statusCode()).isEqualTo(403);
    }
}
