package org.gridloop.evaluation.internal;

import java.time.Instant;

/** A case behind a count of a scorecard, with the instant that put it in the period. */
public record CaseEntry(String number, Instant at) {
}
