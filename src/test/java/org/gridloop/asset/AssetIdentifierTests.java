package org.gridloop.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetIdentifierTests {

    @Test
    void readsASixteenDigitIdentifierWithAFourDigitClass() {
        AssetIdentifier identifier = new AssetIdentifier("4403070118000042");

        assertThat(identifier.adminCode()).isEqualTo("440307");
        assertThat(identifier.classCode()).isEqualTo("0118");
        assertThat(identifier.sequence()).isEqualTo(42);
    }

    @Test
    void readsASeventeenDigitIdentifierWithAFiveDigitClass() {
        AssetIdentifier identifier = new AssetIdentifier("44030701037000007");

        assertThat(identifier.adminCode()).isEqualTo("440307");
        assertThat(identifier.classCode()).isEqualTo("01037");
        assertThat(identifier.sequence()).isEqualTo(7);
    }

    @Test
    void generatesIdentifiersFromCountyClassAndSequence() {
        assertThat(AssetIdentifier.of("440307", "01037", 1).value()).isEqualTo("44030701037000001");
        assertThat(AssetIdentifier.of("440307", "0118", 999_999).value()).isEqualTo("4403070118999999");
        assertThatIllegalArgumentException().isThrownBy(() -> AssetIdentifier.of("440307", "01037", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> AssetIdentifier.of("440307", "01037", 1_000_000));
        assertThatIllegalArgumentException().isThrownBy(() -> AssetIdentifier.of("440307", "010", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "440307010370000", "440307010370000071", "4403070103700000a",
            "04030701037000001", "44030700037000001", "44030701037000000", " 44030701037000001"})
    void refusesMalformedIdentifiers(String text) {
        assertThat(AssetIdentifier.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new AssetIdentifier(text));
    }

    @Test
    void refusesNoIdentifier() {
        assertThat(AssetIdentifier.isValid(null)).isFalse();
    }
}
