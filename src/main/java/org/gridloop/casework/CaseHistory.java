package org.gridloop.casework;

import java.util.List;

/**
 * A case as its timeline tells it, for the modules that keep read models of cases (evaluation):
 * what it was reported as, where it stands, its clocks and every step so far.
 *
 * @param number   the case number
 * @param facts    what the case was reported as (its class as corrected, if it was)
 * @param status   where it stands now
 * @param clock    its clocks as of its last step
 * @param timeline every step, in sequence
 */
public record CaseHistory(String number, CaseFacts facts, CaseStatus status, CaseClock clock,
        List<TimelineEntry> timeline) {

    public CaseHistory {
        timeline = List.copyOf(timeline);
    }

    static CaseHistory of(CaseFile file) {
        return new CaseHistory(file.number().value(), file.facts(), file.status(), file.clock(), file.timeline());
    }
}
