package org.gridloop.timing.internal;

import java.time.Instant;

import org.gridloop.timing.Stage;
import org.gridloop.timing.TimeLimit;

/** The limit of a workflow stage for stages starting from {@code effectiveFrom} on. */
public record StageLimit(Stage stage, TimeLimit limit, Instant effectiveFrom) {
}
