package org.gridloop.timing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a clock's light turns yellow and red, in percent of its time limit: green below 80 %,
 * yellow from 80 % to 100 %, red beyond by default ({@code gridloop.timing.lights.*}). A change
 * applies to clocks started after it.
 */
@ConfigurationProperties("gridloop.timing.lights")
public record LightThresholds(@DefaultValue("80") int yellowPercent, @DefaultValue("100") int redPercent) {

    public LightThresholds {
        if (yellowPercent < 1 || yellowPercent > redPercent || redPercent > 1000) {
            throw new IllegalArgumentException(
                    "Light thresholds need 0 < yellow ≤ red ≤ 1000 percent: " + yellowPercent + ", " + redPercent);
        }
    }

    public Duration yellowShareOf(Duration allowance) {
        return share(allowance, yellowPercent);
    }

    public Duration redShareOf(Duration allowance) {
        return share(allowance, redPercent);
    }

    private static Duration share(Duration allowance, int percent) {
        return Duration.ofSeconds(allowance.getSeconds() * percent / 100);
    }
}
