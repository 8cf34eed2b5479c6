package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInPropertiesTests {

    final SignInProperties properties = new SignInProperties(3, 20, Duration.ofSeconds(5), Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Test
    void theFreeFailuresCostNothing() {
        assertThat(properties.waitAfter(0, 3)).isZero();
        assertThat(properties.waitAfter(3, 3)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        assertThat(properties.waitAfter(4, 3)).hasSeconds(5);
        assertThat(properties.waitAfter(5, 3)).hasSeconds(10);
        assertThat(properties.waitAfter(11, 3)).hasSeconds(640);
        assertThat(properties.waitAfter(12, 3)).hasMinutes(15);
        assertThat(properties.waitAfter(1_000, 3)).hasMinutes(15);
    }
}
