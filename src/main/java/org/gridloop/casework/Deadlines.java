package org.gridloop.casework;

import java.time.Instant;

/**
 * Sets the deadlines of a case's clocks from the time-limit standards and the working calendar.
 * Declared here, fulfilled by the timing module, so that casework never depends on timing.
 */
public interface Deadlines {

    /** The clock of {@code stage} of the case, started at {@code at}. */
    Deadline start(CaseStage stage, CaseFile file, Instant at);

    /**
     * The clock of the whole case, started at its registration: the limits of dispatch, handling,
     * check request, check and close in a row.
     */
    Deadline startCase(CaseFile file, Instant at);

    /** The same clock after a pause from {@code pausedAt} to {@code resumedAt}, which does not count. */
    Deadline resumed(Deadline deadline, Instant pausedAt, Instant resumedAt);

    /** The same clock with {@code minutes} more of its own time (a granted extension). */
    Deadline extended(Deadline deadline, int minutes);

    /** Minutes of the clock's own time left at {@code at}; negative once overdue. */
    long remainingMinutes(Deadline deadline, Instant at);
}
