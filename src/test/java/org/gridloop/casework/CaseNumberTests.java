package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTests {

    @Test
    void yearThenSequenceOfAtLeastSevenDigits() {
        assertThat(CaseNumber.of(2026, 123).value()).isEqualTo("20260000123");
        assertThat(CaseNumber.of(2026, 1_234_567).value()).isEqualTo("20261234567");
        assertThat(CaseNumber.of(2027, 123_456_789).value()).isEqualTo("2027123456789");
    }

    @Test
    void refusesWhatIsNotACaseNumber() {
        assertThat(CaseNumber.isValid("2026000012")).isFalse();
        assertThat(CaseNumber.isValid("2026000012a")).isFalse();
        assertThatThrownBy(() -> new CaseNumber("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
