package org.gridloop.timing;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseStage;
import org.gridloop.casework.Urgency;

/**
 * The time-limit standards (时限标准) of the platform. Each standard is versioned by the instant
 * it takes effect, and a lookup names the instant the stage starts: a change applies to stages
 * starting after it, never to running ones.
 */
public interface TimeLimits {

    /** The registration condition used when a class has no condition of its own. */
    String DEFAULT_CONDITION = CaseFile.DEFAULT_CONDITION;

    /**
     * The stages with a limit of their own: all but handling, which is limited per class
     * ({@link #handlingLimit}).
     */
    Set<CaseStage> STAGES = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(CaseStage.HANDLE)));

    /**
     * The limit of a workflow stage starting at {@code at}.
     *
     * @param stage one of {@link #STAGES}
     */
    TimeLimit stageLimit(CaseStage stage, Instant at);

    /**
     * The handling limit of a class of the active scheme for handling that starts at {@code at}.
     * The most specific standard in effect wins: the class under the condition, the class under
     * {@link #DEFAULT_CONDITION}, then its major class likewise, then the platform's default for
     * the kind.
     *
     * @param condition the registration condition's code, e.g. {@code default}
     */
    TimeLimit handlingLimit(CategoryKind kind, String categoryCode, String condition, Urgency urgency, Instant at);
}
