package org.gridloop.timing;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts time on the platform's working calendar (工作日历), to the second. Working limits
 * count only the time inside working periods, so a report at 22:00 starts counting at 09:00 on
 * the next working day; natural limits run on the clock. Edits of the calendar apply at once to
 * every later computation.
 */
public interface WorkingCalendars {

    /** When a limit started at {@code start} runs out. */
    Instant dueAt(Instant start, TimeLimit limit);

    /**
     * The time between two instants as a limit of the unit counts it: working time for working
     * units, clock time for natural ones. Negative when {@code end} is before {@code start}.
     */
    Duration elapsed(Instant start, Instant end, LimitUnit unit);

    /** The time a limit grants when started at {@code start}, on the unit's clock. */
    Duration allowance(Instant start, TimeLimit limit);

    /**
     * The instant {@code time} after {@code start} on the unit's clock: working time for working
     * units (a start outside working time counts from the next working period), clock time for
     * natural ones.
     */
    Instant plus(Instant start, Duration time, LimitUnit unit);
}
