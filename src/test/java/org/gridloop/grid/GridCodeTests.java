package org.gridloop.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({
            "04030700100101, ADMIN_CODE", "040307001001001, ADMIN_CODE",
            "44030700000101, SUBDISTRICT", "440307000001001, SUBDISTRICT",
            "44030700100001, COMMUNITY", "440307001000001, COMMUNITY",
            "44030700100100, SEQUENCE", "440307001001000, SEQUENCE",
            "4403070010010, FORMAT", "44030700100A01, FORMAT"})
    void namesTheRuleABadCodeBreaks(String value, GridCode.Defect defect) {
        assertThat(GridCode.defectOf(value)).contains(defect);
        assertThat(GridCode.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new GridCode(value))
                .withMessageContaining(defect.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"44030701300207", "11010100100101", "440307001001100", "44030799999999",
            "440307001001010"})
    void acceptsCodesWhoseEveryPartIsSet(String value) {
        assertThat(GridCode.defectOf(value)).isEmpty();
    }

    @Test
    void splitsIntoAdministrativeSubdistrictAndCommunityCodes() {
        GridCode code = new GridCode("44030701300207");

        assertThat(code.adminCode()).isEqualTo("440307");
        assertThat(code.subdistrictCode()).isEqualTo("440307013");
        assertThat(code.communityCode()).isEqualTo("440307013002");
        assertThat(code.sequence()).isEqualTo("07");
        assertThat(new GridCode("440307013002107").sequence()).isEqualTo("107");
        assertThat(code).hasToString("44030701300207");
    }
}
