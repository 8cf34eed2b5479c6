package org.gridloop.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PushThrottleTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final PushThrottle throttle = new PushThrottle(Duration.ofSeconds(1));

    @Test
    void pushesTheFirstChangeAtOnce() {
        assertThat(throttle.changed(5 * SECOND)).isZero();
    }

    @Test
    void letsChangesWhileAPushWaitsRideOnIt() {
        throttle.changed(0);

        assertThat(throttle.changed(SECOND / 10)).isEqualTo(PushThrottle.WAITING);
        assertThat(throttle.changed(SECOND / 5)).isEqualTo(PushThrottle.WAITING);
    }

    @Test
    void holdsAChangeSoonAfterAPushUntilTheIntervalEnds() {
        throttle.changed(10 * SECOND);
        throttle.pushing(10 * SECOND);

        assertThat(throttle.changed(10 * SECOND + SECOND / 4)).isEqualTo(3 * SECOND / 4);
        assertThat(throttle.changed(10 * SECOND + SECOND / 2)).as("rides on the held push")
                .isEqualTo(PushThrottle.WAITING);
    }

    @Test
    void pushesAtOnceAfterAQuietInterval() {
        throttle.changed(0);
        throttle.pushing(0);

        assertThat(throttle.changed(3 * SECOND)).isZero();
    }

    @Test
    void aChangeDuringAPushNeedsAPushOfItsOwn() {
        throttle.changed(0);
        throttle.pushing(0);

        assertThat(throttle.changed(SECOND / 2)).isEqualTo(SECOND / 2);
    }
}
