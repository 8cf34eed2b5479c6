package org.gridloop.geocoding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.geocoding.AddressCandidate;
import org.gridloop.geocoding.Geocoder;
import org.gridloop.web.HeadlessChromium;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The address lookup of the hotline form in a real browser. */
@HttpIntegrationTest
class AddressLookupBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Geocoder geocoder;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
        browser.signIn("operator");
        browser.open("/hotline");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void typedAddressOffersCandidatesAndTheFirstPickedWithTheKeyboardFillsTheCoordinates() {
        String typed = "布吉路 ２ 號";
        List<AddressCandidate> expected = geocoder.forward(typed, 5);

        WebElement address = browser.find("#address");
        address.sendKeys(typed);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#address-candidates li")));
        List<String> offered = browser.driver().findElements(By.cssSelector("#address-candidates li")).stream()
                .map(WebElement::getText).toList();
        assertThat(offered).isEqualTo(expected.stream().map(AddressCandidate::address).toList());
        assertThat(address.getDomAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot("hotline-address-candidates");

        address.sendKeys(Keys.ARROW_DOWN);
        assertThat(address.getDomAttribute("aria-activedescendant")).isEqualTo("address-candidates-0");
        address.sendKeys(Keys.ENTER);

        AddressCandidate first = expected.get(0);
        assertThat(browser.find("#lat").getDomProperty("value")).isEqualTo(String.format("%.6f", first.latitude()));
        assertThat(browser.find("#lon").getDomProperty("value")).isEqualTo(String.format("%.6f", first.longitude()));
        assertThat(address.getDomProperty("value")).isEqualTo(first.address());
        assertThat(browser.find("#address-candidates").isDisplayed()).isFalse();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/hotline");
    }

    @Test
    void clickOnTheMapFillsTheAddressNearThePoint() {
        WebElement map = browser.find("#hotline-map.leaflet-container");
        new Actions(browser.driver()).moveToElement(map).click().perform();

        browser.waiting().until(driver -> driver.findElement(By.id("address")).getDomProperty("value")
                .contains("附近"));
        double lat = Double.parseDouble(browser.find("#lat").getDomProperty("value"));
        double lon = Double.parseDouble(browser.find("#lon").getDomProperty("value"));
        String expected = geocoder.reverse(lat, lon).label();
        assertThat(browser.find("#address").getDomProperty("value")).startsWith(expected + "附近 ").endsWith(" 米");
    }
}
