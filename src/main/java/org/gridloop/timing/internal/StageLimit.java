package org.gridloop.timing.internal;

import java.time.Instant;

import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;

/** The limit of a workflow stage for stages starting from {@code effectiveFrom} on. */
public record StageLimit(CaseStage stage, TimeLimit limit, Instant effectiveFrom) {
}
