package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.gridloop.grid.GridLookup;
import org.gridloop.web.HeadlessChromium;
import org.openqa.selenium.support.ui.Select;

/** Hotline calls entered by the intake operator in a real browser, for the page tests. */
final class HotlineCalls {

    private HotlineCalls() {
    }

    /**
     * Enters an incident call of the category at the point on the hotline page.
     *
     * @return the number of the reported case, whose page the browser shows
     */
    static String enter(HeadlessChromium browser, String incidentCode, double[] point) {
        browser.open("/hotline");
        browser.find("#callerName").sendKeys("王先生");
        browser.find("#callerPhone").sendKeys("13800138000");
        browser.find("#address").sendKeys("平湖大道 88 号");
        new Select(browser.find("#kind")).selectByValue("incident");
        browser.find("#categoryCode optgroup[data-kind='incident'] option[value='" + incidentCode + "']").click();
        browser.find("#description").sendKeys("路边堆放建筑垃圾");
        browser.find("#lat").sendKeys(String.valueOf(point[0]));
        browser.find("#lon").sendKeys(String.valueOf(point[1]));
        browser.find("#hotline-submit").click();
        assertThat(browser.find(".case-head .badge").getText()).isEqualTo("已上报");
        return browser.find(".case-head .case-number").getText();
    }

    /** A point of the demo district's grids in the subdistrict, the same for the same seed. */
    static double[] pointIn(GridLookup grids, String subdistrictCode, long seed) {
        Random random = new Random(seed);
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).filter(place -> place.subdistrictCode().equals(subdistrictCode)).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
