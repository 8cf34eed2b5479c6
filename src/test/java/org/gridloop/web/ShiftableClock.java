package org.gridloop.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, which a test may move forward or stop at an instant, and must
 * {@link #reset()} afterwards.
 */
public final class ShiftableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

    public void shift(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Stops the clock at {@code instant}: it reads that instant (plus any shift) until reset. */
    public void stopAt(Instant instant) {
        offset.set(Duration.ZERO);
        stoppedAt.set(instant);
    }

    public void reset() {
        offset.set(Duration.ZERO);
        stoppedAt.set(null);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt.get();
        return (stopped != null ? stopped : Instant.now()).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application clock stays in UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }
}
