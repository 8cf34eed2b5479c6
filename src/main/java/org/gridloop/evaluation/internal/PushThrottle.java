package org.gridloop.evaluation.internal;

import java.time.Duration;

/**
 * At most one push per interval: the first change after a quiet interval is pushed at once, a
 * change within the interval after a push waits for its end, and changes arriving while a push
 * waits ride on it. Time is a monotonic reading in nanoseconds ({@link System#nanoTime()}).
 */
final class PushThrottle {

    /** Returned by {@link #changed} when a push already waits. */
    static final long WAITING = -1;

    private final long intervalNanos;
    private boolean waiting;
    private boolean pushed;
    private long lastPush;

    PushThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Something changed at {@code now}: in how many nanoseconds to push, or {@link #WAITING}. */
    synchronized long changed(long now) {
        if (waiting) {
            return WAITING;
        }
        waiting = true;
        return pushed ? Math.max(0, lastPush + intervalNanos - now) : 0;
    }

    /** A push starts at {@code now}; changes from here on need a push of their own. */
    synchronized void pushing(long now) {
        waiting = false;
        pushed = true;
        lastPush = now;
    }
}
