package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridloop.organization.web.SyntheticTracks.every30s;
import static org.gridloop.organization.web.SyntheticTracks.send;

import java.time.LocalDate;

import org.gridloop.ApiClient;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.WorkGrids;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attendance page and the track playback in a real browser, from the keyboard, in both
 * languages: a leader picks a team and a day, reads a member's on-duty rate and plays the track.
 */
@HttpIntegrationTest
class AttendancePagesBrowserIntegrationTests {

    private static final String INSPECTOR = "i010-002";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 11);

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridDirectory directory;

    @Autowired
    GridLookup lookup;

    @Autowired
    WorkGrids workGrids;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
        clock.stopAt(DAY.atTime(20, 0).atZone(SyntheticTracks.ZONE).toInstant());
        SyntheticTracks tracks = new SyntheticTracks(directory, lookup, workGrids);
        send(new ApiClient(port), INSPECTOR, every30s(DAY, "09:00", "12:00",
                tracks.inside(tracks.unitGridsOf(INSPECTOR).get(0))));
        browser.signIn("leader");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        clock.reset();
    }

    @Test
    void aLeaderReadsATeamsDayAndMonthAndPlaysAMembersTrackFromTheKeyboard() {
        browser.find("a[href='/attendance']").click();
        assertThat(browser.find("h1").getText()).endsWith("考勤");

        WebElement team = browser.find("#team");
        team.sendKeys("坑梓");
        browser.find("#view-day").sendKeys(Keys.SPACE);
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find("#date"), DAY.toString());
        browser.find("#show").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/teams/team-440307010/attendance"));

        WebElement row = browser.find("#row-" + INSPECTOR);
        assertThat(row.getText()).contains("420", "180", "42.9%");
        assertThat(browser.find("#total").getText()).contains("合计");
        browser.screenshot("attendance-day");

        browser.find("#view-month").sendKeys(Keys.SPACE);
        browser.find("#show").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("view=month"));
        assertThat(browser.find("#heading").getText()).contains("2026-03");
        assertThat(browser.find("#row-" + INSPECTOR).getText()).contains("22", "9240", "180");

        browser.open("/teams/team-440307010/attendance?date=" + DAY);
        browser.find("#row-" + INSPECTOR + " a").sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-summary"), "360"));
        assertThat(browser.find("#track-clock").getText()).isEqualTo("09:00:00");
        assertThat(browser.find("#track-reports").getText()).isEqualTo("当天没有上报");
        browser.find("#track-play").sendKeys(Keys.ENTER);
        browser.waiting().until(driver -> !"09:00:00".equals(browser.find("#track-clock").getText()));
        browser.find("#track-play").sendKeys(Keys.ENTER);
        assertThat(browser.find("#track-play").getText()).isEqualTo("播放");
        browser.find("#track-time").sendKeys(Keys.END);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("track-clock"), "11:59:30"));
        browser.screenshot("track");
    }

    @Test
    void thePagesSpeakEnglish() {
        browser.open("/teams/team-440307010/attendance?lang=en&date=" + DAY);
        assertThat(browser.find("h1").getText()).startsWith("Attendance of");
        assertThat(browser.find("#attendance thead").getText()).contains("On-duty rate", "Patrol coverage");
        browser.open("/inspectors/" + INSPECTOR + "/track?lang=en&date=" + DAY);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-summary"), "positions"));
        assertThat(browser.find("#track-play").getText()).isEqualTo("Play");
        assertThat(browser.find("#track-reports").getText()).isEqualTo("No reports on that day");
    }
}
