package org.gridloop.casework;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Keeps the clocks of a case in step with its new timeline entries, before it is stored: stops
 * the clock of the stage a step ends (recording in that entry whether the stage kept its limit)
 * and starts the next one; pauses the handling clock while a return waits for its decision or the
 * case is suspended; moves it on by a granted extension; sets the running clocks anew from the
 * standards of the new class when a case is reclassified; starts the case clock at registration
 * and stops it when the case ends.
 */
@Component
class Timekeeper {

    private final Deadlines deadlines;

    Timekeeper(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    void keep(CaseFile file) {
        CaseClock clock = file.runningClock();
        clock.alertCeiling = 2;
        for (TimelineEntry entry : file.newEntries()) {
            Instant at = entry.at();
            switch (entry.action()) {
                case URGE, COMMENT, REASSIGN, REQUEST_EXTENSION, REQUEST_SUSPENSION -> {
                }
                case DECIDE_EXTENSION -> {
                    if (entry.minutes() != null && entry.minutes() > 0) {
                        extend(clock, entry.minutes(), at);
                    }
                }
                case RECLASSIFY -> reclassified(file, clock, at);
                case REQUEST_RETURN -> pauseStage(clock, at);
                case REJECT_RETURN -> resumeStage(clock, at);
                case DECIDE_SUSPENSION -> {
                    if (entry.outcome() == Outcome.GRANTED) {
                        pauseStage(clock, at);
                        if (clock.caseDeadline != null) {
                            clock.casePausedAt = at;
                        }
                    }
                }
                case RESUME -> {
                    resumeStage(clock, at);
                    if (clock.casePausedAt != null) {
                        clock.caseDeadline = deadlines.resumed(clock.caseDeadline, clock.casePausedAt, at);
                        clock.casePausedAt = null;
                    }
                }
                default -> nextStage(file, clock, entry);
            }
        }
    }

    /** The step ends the running stage and starts the one its new status is in, if any. */
    private void nextStage(CaseFile file, CaseClock clock, TimelineEntry entry) {
        Instant at = entry.at();
        if (clock.stage != null) {
            Instant stoppedAt = clock.stagePausedAt != null ? clock.stagePausedAt : at;
            file.clocked(entry, clock.stage, clock.stageDeadline.keptAt(stoppedAt));
        }
        CaseStage next = CaseStage.of(entry.to());
        clock.stage = next;
        clock.stagePausedAt = null;
        clock.stageDeadline = next == null ? null : deadlines.start(next, file, at);
        clock.alertCeiling = 0;
        if (entry.action() == CaseAction.REGISTER) {
            clock.caseDeadline = deadlines.startCase(file, at);
            clock.casePausedAt = null;
        }
        if (next == null && clock.caseDeadline != null) {
            Instant stoppedAt = clock.casePausedAt != null ? clock.casePausedAt : at;
            if (entry.action() == CaseAction.CLOSE) {
                clock.closedOnTime = clock.caseDeadline.keptAt(stoppedAt);
            }
            clock.casePausedAt = stoppedAt;
        }
    }

    /**
     * 改类 is no new stage: the running stage keeps the instant it started, its deadlines are
     * those of the new class's standard in effect then (and so is the case clock's, once running).
     * Stage limits of their own (accept, register) do not depend on the class; handling and the
     * case clock, which do, start later from the class the case then has.
     */
    private void reclassified(CaseFile file, CaseClock clock, Instant at) {
        if (clock.stage != null && clock.stageDeadline != null && clock.stagePausedAt == null) {
            clock.stageDeadline = deadlines.start(clock.stage, file, clock.stageDeadline.startedAt());
            clock.alertCeiling = Math.min(clock.alertCeiling, alertLevel(clock.stageDeadline, at));
        }
        if (clock.caseDeadline != null && clock.casePausedAt == null) {
            clock.caseDeadline = deadlines.startCase(file, clock.caseDeadline.startedAt());
        }
    }

    /** Cases stored before clocks existed have none to pause until their next stage starts one. */
    private static void pauseStage(CaseClock clock, Instant at) {
        if (clock.stageDeadline != null) {
            clock.stagePausedAt = at;
        }
    }

    private void resumeStage(CaseClock clock, Instant at) {
        if (clock.stagePausedAt != null) {
            clock.stageDeadline = deadlines.resumed(clock.stageDeadline, clock.stagePausedAt, at);
            clock.stagePausedAt = null;
            clock.alertCeiling = Math.min(clock.alertCeiling, alertLevel(clock.stageDeadline, at));
        }
    }

    private void extend(CaseClock clock, int minutes, Instant at) {
        if (clock.stageDeadline != null) {
            clock.stageDeadline = deadlines.extended(clock.stageDeadline, minutes);
            clock.alertCeiling = Math.min(clock.alertCeiling, alertLevel(clock.stageDeadline, at));
        }
        if (clock.caseDeadline != null) {
            clock.caseDeadline = deadlines.extended(clock.caseDeadline, minutes);
        }
    }

    /** The alerts a clock has reached at {@code at}: 0 none, 1 due soon, 2 overdue. */
    static int alertLevel(Deadline deadline, Instant at) {
        return switch (deadline.lightAt(at)) {
            case GREEN -> 0;
            case YELLOW -> 1;
            case RED -> 2;
        };
    }
}
