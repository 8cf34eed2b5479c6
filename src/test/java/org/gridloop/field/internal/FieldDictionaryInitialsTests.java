package org.gridloop.field.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldDictionaryInitialsTests {

    @Test
    void takesTheFirstLetterOfEachCharactersReading() {
        assertThat(FieldDictionaryInitials.of("井盖")).isEqualTo("jg");
        assertThat(FieldDictionaryInitials.of("供水井盖")).isEqualTo("gsjg");
        assertThat(FieldDictionaryInitials.of("暴露垃圾")).isEqualTo("bllj");
    }

    @Test
    void keepsLatinLettersAndDigitsAndLeavesOutPunctuation() {
        assertThat(FieldDictionaryInitials.of("LED显示屏（户外）")).isEqualTo("ledxspHw".toLowerCase());
        assertThat(FieldDictionaryInitials.of("5G基站")).isEqualTo("5gjz");
    }
}
