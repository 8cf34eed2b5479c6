package org.gridloop.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * The deadlines of one running clock: when it started, when its light turns yellow and red, and
 * when its time limit runs out. {@code natural} clocks count every hour (emergencies); the others
 * count working time on the working calendar.
 */
public record Deadline(Instant startedAt, Instant yellowAt, Instant redAt, Instant dueAt, boolean natural) {

    public Deadline {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(yellowAt, "yellowAt");
        Objects.requireNonNull(redAt, "redAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The light at {@code at}. */
    public Light lightAt(Instant at) {
        if (!at.isBefore(redAt)) {
            return Light.RED;
        }
        return at.isBefore(yellowAt) ? Light.GREEN : Light.YELLOW;
    }

    /** Whether a clock stopped at {@code at} kept its limit. */
    public boolean keptAt(Instant at) {
        return !at.isAfter(dueAt);
    }
}
