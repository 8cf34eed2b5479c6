package org.gridloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @CsvSource({
            "2026-03-02, 2026-03-02T00:00+08:00, 2026-03-03T00:00+08:00",
            "2026-W10, 2026-03-02T00:00+08:00, 2026-03-09T00:00+08:00",
            "2026-W01, 2025-12-29T00:00+08:00, 2026-01-05T00:00+08:00",
            "2026-W53, 2026-12-28T00:00+08:00, 2027-01-04T00:00+08:00",
            "2026-03, 2026-03-01T00:00+08:00, 2026-04-01T00:00+08:00",
            "2024-02, 2024-02-01T00:00+08:00, 2024-03-01T00:00+08:00",
            "2026-Q1, 2026-01-01T00:00+08:00, 2026-04-01T00:00+08:00",
            "2026-Q4, 2026-10-01T00:00+08:00, 2027-01-01T00:00+08:00",
            "2026, 2026-01-01T00:00+08:00, 2027-01-01T00:00+08:00",
            "2026-01-01..2026-03-31, 2026-01-01T00:00+08:00, 2026-04-01T00:00+08:00",
            "2026-03-02..2026-03-02, 2026-03-02T00:00+08:00, 2026-03-03T00:00+08:00"})
    void eachFormGivesItsDaysFromMidnightInShanghai(String text, String from, String to) {
        Period period = Period.parse(text);

        assertThat(period.text()).isEqualTo(text);
        assertThat(period.from()).isEqualTo(OffsetDateTime.parse(from).toInstant());
        assertThat(period.to()).isEqualTo(OffsetDateTime.parse(to).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026-3", "2026-13", "2026-00", "2026-02-29", "2026-W00", "2025-W53", "2026-W54",
            "2026-Q0", "2026-Q5", "26", "20260", "2026-03-31..2026-03-01", "2026-01-01..", "..2026-01-01",
            "2026-01-01..2026-02", "2026-H1", "march"})
    void aMalformedPeriodIsRefusedOnThePeriodField(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(refusal.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("period");
        });
    }

    @org.junit.jupiter.api.Test
    void noPeriodIsRefusedToo() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(DomainException.class);
    }
}
