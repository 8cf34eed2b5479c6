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
import org.gridloop.organization.PositionIngest;
import org.gridloop.organization.PositionSample;
import org.gridloop.organization.PositionSamples;
import org.springframework.stereotype.Service;

/**
 * One sync of a field client: its reports in order, then its task results, then its position
 * samples, each item in a transaction of its own, so that a refused item never takes a good
 * neighbour with it; then the task and report changes since the client's cursor, read after the
 * items, so that the answer already shows what they changed once the log has caught up.
 */
@Service
public class FieldSync {

    /** The most reports, and the most results, one batch may carry ({@link PositionSamples} limits the samples). */
    public static final int MAX_ITEMS = 500;

    private final QueuedReports reports;
    private final TaskResults results;
    private final Refusals refusals;
    private final TaskFeed feed;
    private final PositionSamples positions;

    FieldSync(QueuedReports reports, TaskResults results, Refusals refusals, TaskFeed feed,
            PositionSamples positions) {
        this.positions = positions;
        this.reports = reports;
        this.results = results;
        this.refusals = refusals;
        this.feed = feed;
    }

    public SyncResponse sync(SyncRequest request, Actor actor) {
        requireInspector(actor);
        checkSize(request);
        List<ItemAnswer> items = new ArrayList<>();
        for (QueuedReport report : request.reports()) {
            items.add(reports.file(report, actor));
        }
        for (QueuedResult result : request.results()) {
            items.add(results.carryOut(result, actor));
        }
        TaskFeed.Feed changes = feed.since(request.cursorOrZero(), actor);
        return new SyncResponse(items, positions(request, actor), changes.cursor(), changes.tasks(), changes.reports());
    }

    /**
     * The samples through {@link PositionSamples}, refused one by one; a refusal of the whole
     * batch (the user is in no inspector team) refuses each sample with its reason.
     */
    private PositionAnswer positions(SyncRequest request, Actor actor) {
        if (request.positions().isEmpty()) {
            return new PositionAnswer(0, List.of());
        }
        List<PositionSample> samples = request.positions().stream()
                .map(position -> new PositionSample(position.at() == null ? null : position.at().toInstant(),
                        position.lat(), position.lon(), position.accuracyMeters()))
                .toList();
        try {
            PositionIngest ingest = positions.ingest(actor.username(), samples);
            return new PositionAnswer(ingest.accepted(), ingest.refused().stream()
                    .map(refused -> new RefusedPosition(refused.index(), refused.field(),
                            refusals.message(refused.messageCode(), refused.message())))
                    .toList());
        } catch (DomainException refusal) {
            String reason = refusals.message(refusal.messageCode(), refusal.getMessage(), refusal.arguments());
            List<RefusedPosition> refused = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                refused.add(new RefusedPosition(i, null, reason));
            }
            return new PositionAnswer(0, refused);
        }
    }

    /** @throws DomainException FORBIDDEN for anyone but an inspector */
    public static void requireInspector(Actor actor) {
        if (!actor.holds(Post.INSPECTOR)) {
            throw new DomainException(Kind.FORBIDDEN, "field.sync.inspectorsOnly", "Only inspectors sync");
        }
    }

    private static void checkSize(SyncRequest request) {
        if (request.reports().size() > MAX_ITEMS) {
            throw DomainException.invalidField("reports", "field.sync.tooMany", "at most " + MAX_ITEMS + " reports");
        }
        if (request.results().size() > MAX_ITEMS) {
            throw DomainException.invalidField("results", "field.sync.tooMany", "at most " + MAX_ITEMS + " results");
        }
        if (request.cursor() != null && request.cursor() < 0) {
            throw DomainException.invalidField("cursor", "field.sync.cursor", "must not be negative");
        }
    }
}
