package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import org.gridloop.ApiClient;
import org.gridloop.catalog.Categories;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.Period;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public disclosure is counted once per ten minutes and language, whoever reads it, and says
 * when it was counted; March 2049 is a month no other test counts in.
 */
@HttpIntegrationTest
class PublicEvaluationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void showsTheMonthAsCountedUntilItsTenMinutesAreOver() {
        ApiClient api = new ApiClient(port);
        at("2049-04-02T10:00:00");
        assertThat(registered(page())).isEqualTo("0");

        new EvaluationScenario(api, clock, grids, categories).variedCases(2049);
        at("2049-04-02T10:00:00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get(api.token("leader"), "/api/v1/kpis?period=2049-03").json().path("registered").asLong())
                .isEqualTo(4));

        at("2049-04-02T10:09:59");
        String cached = page();
        assertThat(registered(cached)).isEqualTo("0");
        assertThat(cached).contains("统计于 2049-04-02 10:00（北京时间），每 10 分钟更新一次。");

        at("2049-04-02T10:10:00");
        String recounted = page();
        assertThat(registered(recounted)).isEqualTo("4");
        assertThat(recounted).contains("统计于 2049-04-02 10:10");
    }

    private void at(String local) {
        clock.stopAt(LocalDateTime.parse(local).atZone(Period.ZONE).toInstant());
    }

    private String page() {
        HttpResponse<String> response = new TestHttp(port).get("/public/evaluation?month=2049-03");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String registered(String page) {
        int at = page.indexOf("id=\"kpi-registered\">");
        return page.substring(at + "id=\"kpi-registered\">".length(), page.indexOf('<', at));
    }
}
