package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTests {

    @Test
    void readsOnlyQuartersOneToFourWrittenYearDashQ() {
        assertThat(Quarter.parse("2026-Q1")).contains(new Quarter(2026, 1));
        assertThat(Quarter.parse(" 2026-Q4 ")).contains(new Quarter(2026, 4));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026-Q0")).isEmpty();
        assertThat(Quarter.parse("2026Q1")).isEmpty();
        assertThat(Quarter.parse("26-Q1")).isEmpty();
        assertThat(Quarter.parse("2026-q1")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }

    @Test
    void spansItsThreeMonthsAndStepsOverTheYear() {
        Quarter first = new Quarter(2026, 1);

        assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(first.previous()).hasToString("2025-Q4");
        assertThat(new Quarter(2025, 4).next()).isEqualTo(first);
        assertThat(Quarter.of(LocalDate.of(2026, 6, 30))).hasToString("2026-Q2");
        assertThat(Quarter.of(LocalDate.of(2026, 7, 1))).hasToString("2026-Q3");
    }
}
