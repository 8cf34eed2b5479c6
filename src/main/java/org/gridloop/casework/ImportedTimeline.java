package org.gridloop.casework;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.springframework.stereotype.Component;

/**
 * Replays an imported case through the aggregate: the steps its times imply, each by the import's
 * actor ({@value #ACTOR}) in the post the transition table names (an inspector's report by the
 * inspector), then the clocks as the {@link Timekeeper} keeps them for live cases, so every
 * stage records whether it kept the time limit in effect then.
 *
 * <p>Steps the record keeps no time of are put where they change no clock: the requested and
 * approved returns before the last dispatch at the last dispatch's time (dispatched to the same
 * department), the check request at the time the department reported it handled.
 */
@Component
class ImportedTimeline {

    /** The username of the import's steps. */
    static final String ACTOR = "import";

    private static final Set<Post> CENTER = EnumSet.of(Post.INTAKE_OPERATOR, Post.SHIFT_SUPERVISOR, Post.DISPATCHER,
            Post.DEPARTMENT_HANDLER, Post.INSPECTOR);
    private static final Actor INTAKE = new Actor(ACTOR, ACTOR, Set.of(Post.INTAKE_OPERATOR), null);

    private final Timekeeper timekeeper;

    ImportedTimeline(Timekeeper timekeeper) {
        this.timekeeper = timekeeper;
    }

    CaseFile replay(ImportedCase row) {
        CaseFacts facts = new CaseFacts(row.category().kind(), row.category().scheme(), row.category().code(), row.category().name(),
                row.category().majorName(), new Location(row.latitude(), row.longitude(), null, null), row.place(),
                null, "", row.channel(), row.reporter(), null, null, List.of(), row.reportedAt(), false, null);
        Actor reporter = row.channel() == Channel.INSPECTOR
                ? new Actor(row.reporter(), row.reporter(), Set.of(Post.INSPECTOR), null) : INTAKE;
        CaseFile file = CaseFile.submit(row.number(), facts, reporter);
        Actor center = new Actor(ACTOR, ACTOR, CENTER, row.department());
        Instant last = row.reportedAt();
        if (row.acceptedAt() != null) {
            if (row.channel().requiresVerification()) {
                file.verifiedBeforeImport();
            }
            file.accept(step(center, last = row.acceptedAt()));
        }
        if (row.registeredAt() != null) {
            file.register(step(center, last = row.registeredAt()), Urgency.NORMAL, CaseFile.DEFAULT_CONDITION);
        }
        if (row.dispatchedAt() != null) {
            Step dispatch = step(center, last = row.dispatchedAt());
            for (int i = 0; i < row.returns(); i++) {
                file.dispatch(dispatch, row.department(), null);
                file.requestReturn(dispatch);
                file.approveReturn(dispatch);
            }
            file.dispatch(dispatch, row.department(), null);
        }
        if (row.handledAt() != null) {
            file.reportHandled(step(center, last = row.handledAt()));
            if (row.checkedAt() != null || row.finalStatus() == CaseStatus.CHECKING) {
                file.requestCheck(step(center, row.handledAt()), ACTOR);
            }
        }
        if (row.checkedAt() != null) {
            file.check(step(center, last = row.checkedAt()), true);
        }
        Instant end = row.closedAt() != null ? row.closedAt() : last;
        switch (row.finalStatus()) {
            case CLOSED -> file.close(step(center, end));
            case REJECTED -> file.reject(step(center, end));
            case DECLINED -> file.decline(step(center, end));
            case DISCARDED -> file.discard(step(center, end));
            default -> {
            }
        }
        timekeeper.keep(file);
        return file;
    }

    private static Step step(Actor actor, Instant at) {
        return Step.by(actor, at);
    }
}
