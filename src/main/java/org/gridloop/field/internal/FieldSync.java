package org.gridloop.field.internal;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.Kind;
import org.gridloop.field.internal.SyncRequest.QueuedReport;
import org.gridloop.field.internal.SyncRequest.QueuedResult;
import org.gridloop.field.internal.SyncResponse.ItemAnswer;
import org.gridloop.field.internal.SyncResponse.PositionAnswer;
import org.gridloop.field.internal.SyncResponse.RefusedPosition;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.stereotype.Service;

/**
 * One sync of a field client: its reports in order, then its task results, then its position
 * samples, each item in a transaction of its own, so that a refused item never takes a good
 * neighbour with it; then the task changes since the client's cursor.
 */
@Service
public class FieldSync {

    /** The most items of each kind one batch may carry. */
    public static final int MAX_ITEMS = 500;

    private final QueuedReports reports;
    private final TaskResults results;
    private final Refusals refusals;

    FieldSync(QueuedReports reports, TaskResults results, Refusals refusals) {
        this.reports = reports;
        this.results = results;
        this.refusals = refusals;
    }

    public SyncResponse sync(SyncRequest request, Actor actor) {
        if (!actor.holds(Post.INSPECTOR)) {
            throw new DomainException(Kind.FORBIDDEN, "field.sync.inspectorsOnly", "Only inspectors sync");
        }
        checkSize(request);
        List<ItemAnswer> items = new ArrayList<>();
        for (QueuedReport report : request.reports()) {
            items.add(reports.file(report, actor));
        }
        for (QueuedResult result : request.results()) {
            items.add(results.carryOut(result, actor));
        }
        return new SyncResponse(items, positions(request), request.cursorOrZero(), List.of(), List.of());
    }

    private PositionAnswer positions(SyncRequest request) {
        List<RefusedPosition> refused = new ArrayList<>();
        for (int i = 0; i < request.positions().size(); i++) {
            refused.add(new RefusedPosition(i, null,
                    refusals.message("field.sync.positions.unavailable", "positions are not taken yet")));
        }
        return new PositionAnswer(0, refused);
    }

    private static void checkSize(SyncRequest request) {
        for (var list : List.of(request.reports(), request.results(), request.positions())) {
            if (list.size() > MAX_ITEMS) {
                throw DomainException.invalidField(list == request.reports() ? "reports"
                        : list == request.results() ? "results" : "positions", "field.sync.tooMany",
                        "at most " + MAX_ITEMS + " items of a kind in one batch");
            }
        }
        if (request.cursor() != null && request.cursor() < 0) {
            throw DomainException.invalidField("cursor", "field.sync.cursor", "must not be negative");
        }
    }
}
