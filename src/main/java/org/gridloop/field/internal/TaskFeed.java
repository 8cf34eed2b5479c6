package org.gridloop.field.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseNumber;
import org.gridloop.casework.CaseOrder;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.CaseSummary;
import org.gridloop.field.internal.FieldChanges.Change;
import org.gridloop.field.internal.SyncResponse.ReportChange;
import org.gridloop.field.internal.SyncResponse.TaskChange;
import org.gridloop.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * The inspector's task and report changes since a cursor, from the field change log. Cursor
 * {@code 0} is a first sync: every open task of the inspector (from casework, so tasks opened
 * before the log began are there too) and the latest of their field reports. The next cursor is
 * read before the cases, so that a change committed meanwhile comes again rather than never.
 */
@Component
class TaskFeed {

    /** The most changes one sync returns; the client syncs again with the new cursor for more. */
    static final int MAX_CHANGES = 200;
    static final int FIRST_REPORTS = 50;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final FieldChanges changes;
    private final CaseQueries queries;
    private final CaseManagement cases;

    TaskFeed(FieldChanges changes, CaseQueries queries, CaseManagement cases) {
        this.changes = changes;
        this.queries = queries;
        this.cases = cases;
    }

    /** What changed for the inspector since the cursor. */
    record Feed(long cursor, List<TaskChange> tasks, List<ReportChange> reports) {
    }

    Feed since(long cursor, Actor actor) {
        return cursor == 0 ? first(actor) : later(cursor, actor);
    }

    private Feed first(Actor actor) {
        long next = changes.latest();
        List<TaskChange> tasks = queries.list(new CaseFilter(EnumSet.of(CaseStatus.VERIFYING, CaseStatus.CHECKING),
                null, null, actor.username(), null, null, null), CaseOrder.DUE, actor, 0, MAX_CHANGES).content()
                .stream().map(summary -> task(summary.number(),
                        summary.status() == CaseStatus.VERIFYING ? FieldChanges.VERIFICATION : FieldChanges.CHECK,
                        FieldChanges.OPEN, Optional.of(summary)))
                .toList();
        List<ReportChange> reports = new ArrayList<>();
        for (String number : changes.latestReports(actor.username(), FIRST_REPORTS)) {
            report(number, actor).ifPresent(reports::add);
        }
        return new Feed(next, tasks, reports);
    }

    private Feed later(long cursor, Actor actor) {
        List<Change> log = changes.since(actor.username(), cursor, MAX_CHANGES);
        if (log.isEmpty()) {
            return new Feed(cursor, List.of(), List.of());
        }
        Map<String, Change> latest = new LinkedHashMap<>();
        for (Change change : log) {
            latest.remove(change.caseNumber() + "/" + change.subject());
            latest.put(change.caseNumber() + "/" + change.subject(), change);
        }
        List<TaskChange> tasks = new ArrayList<>();
        List<ReportChange> reports = new ArrayList<>();
        for (Change change : latest.values()) {
            if (change.subject().equals(FieldChanges.REPORT)) {
                report(change.caseNumber(), actor).ifPresent(reports::add);
            } else {
                tasks.add(task(change.caseNumber(), change.subject(), change.state(),
                        summary(change.caseNumber(), actor)));
            }
        }
        return new Feed(log.get(log.size() - 1).sequence(), tasks, reports);
    }

    private Optional<CaseSummary> summary(String number, Actor actor) {
        return queries.list(new CaseFilter(null, null, null, null, number, null, null), CaseOrder.NEWEST, actor, 0, 1)
                .content().stream().filter(summary -> summary.number().equals(number)).findFirst();
    }

    /** A task; its clock only while it is open, the case's facts as far as the inspector still sees the case. */
    private static TaskChange task(String number, String subject, String state, Optional<CaseSummary> found) {
        if (found.isEmpty()) {
            return new TaskChange(number, subject, state, null, null, null, null, null, null, null, null);
        }
        CaseSummary summary = found.get();
        boolean open = state.equals(FieldChanges.OPEN);
        return new TaskChange(number, subject, state, open ? at(summary.dueAt()) : null,
                open && summary.light() != null ? summary.light().name().toLowerCase(Locale.ROOT) : null,
                summary.latitude(), summary.longitude(), summary.address(), summary.categoryCode(),
                summary.categoryName(), summary.description());
    }

    /** The report's status, with the client id it was filed under, if the reporter still sees the case. */
    private Optional<ReportChange> report(String number, Actor actor) {
        try {
            CaseFile file = cases.find(new CaseNumber(number), actor);
            return Optional.of(new ReportChange(file.facts().clientId(), number, file.status().name()));
        } catch (DomainException outOfSight) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }
}
