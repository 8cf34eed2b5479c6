package org.gridloop.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"44030700100101", "440307001001001"})
    void acceptsFourteenDigitCjt213AndFifteenDigitNationalCodes(String value) {
        assertThat(GridCode.isValid(value)).isTrue();
        assertThat(new GridCode(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "4403070010010", "4403070010010012", "44030700100A01", " 44030700100101",
            "44030700100101 ", "４４０３０７００１００１０１"})
    void refusesAnythingButFourteenOrFifteenAsciiDigits(String value) {
        assertThat(GridCode.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new GridCode(value));
    }

    @Test
    void splitsIntoAdministrativeSubdistrictAndCommunityCodes() {
        GridCode code = new GridCode("44030701300207");

        assertThat(code.adminCode()).isEqualTo("440307");
        assertThat(code.subdistrictCode()).isEqualTo("440307013");
        assertThat(code.communityCode()).isEqualTo("440307013002");
        assertThat(code).hasToString("44030701300207");
    }
}
