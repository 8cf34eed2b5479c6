package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DisplayDatesTests {

    private final DisplayDates dates = new DisplayDates();

    @Test
    void showsInstantsInShanghaiTime() {
        Instant lateEveningUtc = Instant.parse("2026-03-05T17:07:31Z");

        assertThat(dates.format(lateEveningUtc)).isEqualTo("2026-03-06 01:07");
        assertThat(dates.formatSeconds(lateEveningUtc)).isEqualTo("2026-03-06 01:07:31");
        assertThat(dates.day(lateEveningUtc)).isEqualTo("2026-03-06");
        assertThat(dates.iso(lateEveningUtc)).isEqualTo("2026-03-06T01:07:31+08:00");
    }

    @Test
    void showsNothingForMissingDates() {
        assertThat(dates.format(null)).isEmpty();
        assertThat(dates.formatSeconds(null)).isEmpty();
        assertThat(dates.day((Instant) null)).isEmpty();
        assertThat(dates.day((LocalDate) null)).isEmpty();
        assertThat(dates.iso(null)).isEmpty();
    }
}
