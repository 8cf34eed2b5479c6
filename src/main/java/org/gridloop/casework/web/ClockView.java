package org.gridloop.casework.web;

import java.time.Instant;

import org.gridloop.casework.CaseClock;
import org.gridloop.casework.CaseStage;
import org.gridloop.casework.Deadline;
import org.gridloop.casework.Deadlines;
import org.gridloop.casework.Light;

/**
 * The clocks of a case as pages and the API show them at one instant: the stage's light, due
 * time and minutes left of its own clock (negative once overdue; at the pause while paused), and
 * the whole case's light and due time. Fields are {@code null} where a clock does not run.
 */
record ClockView(CaseStage stage, Light light, Instant dueAt, Long remainingMinutes, boolean paused,
        Light caseLight, Instant caseDueAt, Boolean closedOnTime) {

    static ClockView of(CaseClock clock, Deadlines deadlines, Instant now) {
        Deadline stage = clock.stageDeadline();
        Deadline whole = clock.caseDeadline();
        boolean paused = clock.stagePausedAt() != null;
        return new ClockView(clock.stage(), clock.stageLight(now), stage == null ? null : stage.dueAt(),
                stage == null ? null : deadlines.remainingMinutes(stage, paused ? clock.stagePausedAt() : now),
                paused, clock.caseLight(now), whole == null ? null : whole.dueAt(), clock.closedOnTime());
    }
}
