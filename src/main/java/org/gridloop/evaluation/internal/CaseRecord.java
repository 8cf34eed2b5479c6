package org.gridloop.evaluation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseClock;
import org.gridloop.casework.CaseHistory;
import org.gridloop.casework.Deadline;
import org.gridloop.casework.Outcome;
import org.gridloop.casework.TimelineEntry;
import org.gridloop.grid.GridPlace;
import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.WorkingCalendars;

/**
 * A case as evaluation counts it: one row of {@code evaluation_case} and its steps, derived
 * from the case's timeline alone, so the same timeline always gives the same record.
 *
 * @param registeredAt  the first registration (立案), if any
 * @param closedAt      the close (结案), if any
 * @param discardedAt   the discard (作废), if any
 * @param department    the department of the last dispatch, {@code null} before any
 * @param lastSequence  the sequence of the last step the record was derived from
 */
record CaseRecord(String number, String kind, String categoryCode, String channel, String reporter,
        String subdistrictCode, String communityCode, String gridCode, String status, boolean selfHandled,
        Instant reportedAt, Instant registeredAt, Instant closedAt, Instant discardedAt, String department,
        int dispatches, int approvedReturns, int reworks, String stage, Instant stageRedAt, Instant stagePausedAt,
        Instant caseRedAt, Instant casePausedAt, int lastSequence, List<StepRecord> steps) {

    /**
     * One step as evaluation counts it.
     *
     * @param returned               for a dispatch: whether an approved return (同意回退) followed it
     *                               before the next dispatch; else {@code null}
     * @param handlingSeconds        for a handling report: the time since the last dispatch before
     *                               it, on the clock; else {@code null}
     * @param handlingWorkingSeconds the same on the working calendar
     */
    record StepRecord(int sequence, String action, Instant at, String actor, String post, String department,
            String inspector, String outcome, String stageEnded, Boolean onTime, Boolean returned,
            Long handlingSeconds, Long handlingWorkingSeconds) {
    }

    static CaseRecord of(CaseHistory history, WorkingCalendars calendars) {
        List<TimelineEntry> timeline = history.timeline();
        GridPlace place = history.facts().place();
        CaseClock clock = history.clock();
        Optional<TimelineEntry> lastDispatch = last(timeline, CaseAction.DISPATCH);
        return new CaseRecord(history.number(), history.facts().kind().name(), history.facts().categoryCode(),
                history.facts().channel().name(), history.facts().reporter(),
                place == null ? null : place.subdistrictCode(), place == null ? null : place.communityCode(),
                place == null ? null : place.grid().value(), history.status().name(),
                !timeline.isEmpty() && timeline.get(0).action() == CaseAction.SELF_HANDLE,
                history.facts().reportedAt(), first(timeline, CaseAction.REGISTER).map(TimelineEntry::at).orElse(null),
                last(timeline, CaseAction.CLOSE).map(TimelineEntry::at).orElse(null),
                last(timeline, CaseAction.DISCARD).map(TimelineEntry::at).orElse(null),
                lastDispatch.map(TimelineEntry::department).orElse(null), count(timeline, CaseAction.DISPATCH),
                count(timeline, CaseAction.APPROVE_RETURN),
                (int) timeline.stream().filter(entry -> entry.action() == CaseAction.CHECK
                        && entry.outcome() == Outcome.FAILED).count(),
                clock.stage() == null ? null : clock.stage().name(), redAt(clock.stageDeadline()),
                clock.stagePausedAt(), redAt(clock.caseDeadline()), clock.casePausedAt(),
                timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).sequence(), steps(timeline, calendars));
    }

    private static List<StepRecord> steps(List<TimelineEntry> timeline, WorkingCalendars calendars) {
        List<StepRecord> steps = new ArrayList<>(timeline.size());
        TimelineEntry lastDispatch = null;
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            Boolean returned = null;
            Long natural = null;
            Long working = null;
            if (entry.action() == CaseAction.DISPATCH) {
                lastDispatch = entry;
                returned = returnedAfter(timeline, i);
            } else if (entry.action() == CaseAction.REPORT_HANDLED && lastDispatch != null) {
                natural = Duration.between(lastDispatch.at(), entry.at()).toSeconds();
                working = calendars.elapsed(lastDispatch.at(), entry.at(), LimitUnit.WORKING_MINUTES).toSeconds();
            }
            steps.add(new StepRecord(entry.sequence(), entry.action().name(), entry.at(), entry.actor(),
                    entry.post().name(), entry.department(), entry.inspector(),
                    entry.outcome() == null ? null : entry.outcome().name(),
                    entry.stage() == null ? null : entry.stage().name(), entry.onTime(), returned, natural, working));
        }
        return steps;
    }

    private static Optional<TimelineEntry> first(List<TimelineEntry> timeline, CaseAction action) {
        return timeline.stream().filter(entry -> entry.action() == action).findFirst();
    }

    private static Optional<TimelineEntry> last(List<TimelineEntry> timeline, CaseAction action) {
        return timeline.stream().filter(entry -> entry.action() == action).reduce((earlier, later) -> later);
    }

    private static int count(List<TimelineEntry> timeline, CaseAction action) {
        return (int) timeline.stream().filter(entry -> entry.action() == action).count();
    }

    /** Whether an approved return follows the dispatch at {@code index} before the next dispatch. */
    private static boolean returnedAfter(List<TimelineEntry> timeline, int index) {
        for (TimelineEntry later : timeline.subList(index + 1, timeline.size())) {
            if (later.action() == CaseAction.DISPATCH) {
                return false;
            }
            if (later.action() == CaseAction.APPROVE_RETURN) {
                return true;
            }
        }
        return false;
    }

    private static Instant redAt(Deadline deadline) {
        return deadline == null ? null : deadline.redAt();
    }
}
