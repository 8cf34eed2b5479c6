package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void acceptsACodeWithItsRightCheckCharacter() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91440300MA5DC1XK2L")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacterLengthOrLetter() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100I43")).as("I is not used").isFalse();
        assertThat(CreditCode.isValid("91350100m000100Y43")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
