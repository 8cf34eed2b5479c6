package org.gridloop.evaluation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseClock;
import org.gridloop.intake.Channel;
import org.gridloop.casework.CaseHistory;
import org.gridloop.casework.Deadline;
import org.gridloop.casework.Outcome;
import org.gridloop.casework.TimelineEntry;
import org.gridloop.grid.GridPlace;
import org.gridloop.identity.Post;
import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.WorkingCalendars;

/**
 * A case as evaluation counts it: one row of {@code evaluation_case} and its steps, derived
 * from the case's timeline alone, so the same timeline always gives the same record.
 *
 * @param team          the team the reporting inspector belonged to when reporting, if any
 * @param registeredAt  the first registration (立案), if any
 * @param closedAt      the close (结案), if any
 * @param closedOnTime  whether the case closed within its case limit, {@code null} while open
 * @param discardedAt   the discard (作废), if any
 * @param department    the department of the last dispatch, {@code null} before any
 * @param lastSequence  the sequence of the last step the record was derived from
 */
record CaseRecord(String number, String kind, String categoryCode, String channel, String reporter, String team,
        String subdistrictCode, String communityCode, String gridCode, String status, boolean selfHandled,
        Instant reportedAt, Instant registeredAt, Instant closedAt, Boolean closedOnTime, Instant discardedAt,
        String department,
        int dispatches, int approvedReturns, int reworks, String stage, Instant stageRedAt, Instant stagePausedAt,
        Instant caseRedAt, Instant casePausedAt, int lastSequence, List<StepRecord> steps) {

    /**
     * One step as evaluation counts it.
     *
     * @param actorTeam              for a step done as an inspector: the inspector's team then, if any
     * @param taskDepartment         the department of the last dispatch at or before the step,
     *                               {@code null} before any
     * @param returned               for a dispatch: whether an approved return (同意回退) followed it
     *                               before the next dispatch; else {@code null}
     * @param kept                   for a registration: whether the case was not discarded (作废)
     *                               after it; else {@code null}
     * @param handledAt              for a dispatch: its first handling report (处置反馈) before the
     *                               next dispatch, if any; else {@code null}
     * @param handledOnTime          whether that handling report was within the handling limit
     * @param handlingSeconds        for a handling report: the time since the last dispatch before
     *                               it, on the clock; else {@code null}
     * @param handlingWorkingSeconds the same on the working calendar
     */
    record StepRecord(int sequence, String action, Instant at, String actor, String post, String actorTeam,
            String department,
            String taskDepartment, String inspector, String outcome, String stageEnded, Boolean onTime,
            Boolean returned, Boolean kept, Instant handledAt, Boolean handledOnTime, Long handlingSeconds,
            Long handlingWorkingSeconds) {
    }

    /** The team of an inspector at an instant, {@code null} when they belonged to none. */
    @FunctionalInterface
    interface TeamAt {
        String of(String inspector, Instant at);
    }

    static CaseRecord of(CaseHistory history, WorkingCalendars calendars, TeamAt teams) {
        List<TimelineEntry> timeline = history.timeline();
        GridPlace place = history.facts().place();
        CaseClock clock = history.clock();
        Optional<TimelineEntry> lastDispatch = last(timeline, CaseAction.DISPATCH);
        return new CaseRecord(history.number(), history.facts().kind().name(), history.facts().categoryCode(),
                history.facts().channel().name(), history.facts().reporter(),
                history.facts().channel() == Channel.INSPECTOR && history.facts().reporter() != null
                        ? teams.of(history.facts().reporter(), history.facts().reportedAt()) : null,
                place == null ? null : place.subdistrictCode(), place == null ? null : place.communityCode(),
                place == null ? null : place.grid().value(), history.status().name(),
                !timeline.isEmpty() && timeline.get(0).action() == CaseAction.SELF_HANDLE,
                history.facts().reportedAt(), first(timeline, CaseAction.REGISTER).map(TimelineEntry::at).orElse(null),
                last(timeline, CaseAction.CLOSE).map(TimelineEntry::at).orElse(null), clock.closedOnTime(),
                last(timeline, CaseAction.DISCARD).map(TimelineEntry::at).orElse(null),
                lastDispatch.map(TimelineEntry::department).orElse(null), count(timeline, CaseAction.DISPATCH),
                count(timeline, CaseAction.APPROVE_RETURN),
                (int) timeline.stream().filter(entry -> entry.action() == CaseAction.CHECK
                        && entry.outcome() == Outcome.FAILED).count(),
                clock.stage() == null ? null : clock.stage().name(), redAt(clock.stageDeadline()),
                clock.stagePausedAt(), redAt(clock.caseDeadline()), clock.casePausedAt(),
                timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).sequence(), steps(timeline, calendars, teams));
    }

    private static List<StepRecord> steps(List<TimelineEntry> timeline, WorkingCalendars calendars, TeamAt teams) {
        List<StepRecord> steps = new ArrayList<>(timeline.size());
        TimelineEntry lastDispatch = null;
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            Boolean returned = null;
            Boolean kept = null;
            TimelineEntry handled = null;
            Long natural = null;
            Long working = null;
            if (entry.action() == CaseAction.DISPATCH) {
                lastDispatch = entry;
                returned = returnedAfter(timeline, i);
                handled = handledAfter(timeline, i);
            } else if (entry.action() == CaseAction.REGISTER) {
                kept = timeline.subList(i + 1, timeline.size()).stream()
                        .noneMatch(later -> later.action() == CaseAction.DISCARD);
            } else if (entry.action() == CaseAction.REPORT_HANDLED && lastDispatch != null) {
                natural = Duration.between(lastDispatch.at(), entry.at()).toSeconds();
                working = calendars.elapsed(lastDispatch.at(), entry.at(), LimitUnit.WORKING_MINUTES).toSeconds();
            }
            steps.add(new StepRecord(entry.sequence(), entry.action().name(), entry.at(), entry.actor(),
                    entry.post().name(), entry.post() == Post.INSPECTOR ? teams.of(entry.actor(), entry.at()) : null,
                    entry.department(), lastDispatch == null ? null : lastDispatch.department(),
                    entry.inspector(), entry.outcome() == null ? null : entry.outcome().name(),
                    entry.stage() == null ? null : entry.stage().name(), entry.onTime(), returned, kept,
                    handled == null ? null : handled.at(), handled == null ? null : handled.onTime(), natural,
                    working));
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

    /** The first handling report after the dispatch at {@code index}, before the next dispatch. */
    private static TimelineEntry handledAfter(List<TimelineEntry> timeline, int index) {
        for (TimelineEntry later : timeline.subList(index + 1, timeline.size())) {
            if (later.action() == CaseAction.DISPATCH) {
                return null;
            }
            if (later.action() == CaseAction.REPORT_HANDLED) {
                return later;
            }
        }
        return null;
    }

    private static Instant redAt(Deadline deadline) {
        return deadline == null ? null : deadline.redAt();
    }
}
