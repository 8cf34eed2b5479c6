package org.gridloop.casework;

import java.time.Instant;

/**
 * The running clocks of a case (计时): the clock of the stage it is in, and from registration to
 * close the clock of the whole case. A paused clock (挂账, or a return waiting for its decision)
 * keeps its deadlines and the instant it stopped at; its light is the light at that instant.
 */
public final class CaseClock {

    CaseStage stage;
    Deadline stageDeadline;
    Instant stagePausedAt;
    Deadline caseDeadline;
    Instant casePausedAt;
    Boolean closedOnTime;
    /**
     * The highest alert the supervision scan may still have raised for the stage after this
     * step: 0 when a stage started afresh, 1 or 2 when its deadlines moved later, else 2.
     */
    int alertCeiling = 2;

    CaseClock() {
    }

    CaseClock copy() {
        CaseClock copy = new CaseClock();
        copy.stage = stage;
        copy.stageDeadline = stageDeadline;
        copy.stagePausedAt = stagePausedAt;
        copy.caseDeadline = caseDeadline;
        copy.casePausedAt = casePausedAt;
        copy.closedOnTime = closedOnTime;
        copy.alertCeiling = alertCeiling;
        return copy;
    }

    /** The stage whose clock runs (or is paused), {@code null} once the case has ended. */
    public CaseStage stage() {
        return stage;
    }

    public Deadline stageDeadline() {
        return stageDeadline;
    }

    /** When the stage clock was paused, {@code null} while it runs. */
    public Instant stagePausedAt() {
        return stagePausedAt;
    }

    /** The clock of the whole case, from registration; {@code null} before. */
    public Deadline caseDeadline() {
        return caseDeadline;
    }

    /** When the case clock was paused or stopped (the case ended), {@code null} while it runs. */
    public Instant casePausedAt() {
        return casePausedAt;
    }

    /** Whether the case closed within its limit; {@code null} until it closed. */
    public Boolean closedOnTime() {
        return closedOnTime;
    }

    /** The light of the stage at {@code now}, {@code null} without a stage clock. */
    public Light stageLight(Instant now) {
        return stageDeadline == null ? null : stageDeadline.lightAt(stagePausedAt != null ? stagePausedAt : now);
    }

    /**
     * The light of the whole case at {@code now} (at its end, once it ended), {@code null} before
     * registration.
     */
    public Light caseLight(Instant now) {
        return caseDeadline == null ? null : caseDeadline.lightAt(casePausedAt != null ? casePausedAt : now);
    }
}
