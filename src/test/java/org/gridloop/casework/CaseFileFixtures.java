package org.gridloop.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;

/**
 * Cases in ready states, and the people who act on them, for tests of the aggregate.
 */
final class CaseFileFixtures {

    static final Instant REPORTED_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final String DEPARTMENT = "water";
    static final String INSPECTOR = "i001-001";

    static final Actor inspector = actor(INSPECTOR, Post.INSPECTOR, null);
    static final Actor otherInspector = actor("i001-002", Post.INSPECTOR, null);
    static final Actor operator = actor("operator", Post.INTAKE_OPERATOR, null);
    static final Actor supervisor = actor("supervisor", Post.SHIFT_SUPERVISOR, null);
    static final Actor dispatcher = actor("dispatcher", Post.DISPATCHER, null);
    static final Actor handler = actor("handler-water", Post.DEPARTMENT_HANDLER, DEPARTMENT);
    static final Actor otherHandler = actor("handler-gas", Post.DEPARTMENT_HANDLER, "gas");
    static final Actor leader = actor("leader", Post.LEADER, null);
    static final Actor admin = actor("admin", Post.ADMINISTRATOR, null);

    private CaseFileFixtures() {
    }

    static Actor actor(String username, Post post, String department) {
        return new Actor(username, username, Set.of(post), department);
    }

    /** The actor of a post who is in scope for the cases built here. */
    static Actor inScope(Post post) {
        return switch (post) {
            case INSPECTOR -> inspector;
            case INTAKE_OPERATOR -> operator;
            case SHIFT_SUPERVISOR -> supervisor;
            case DISPATCHER -> dispatcher;
            case DEPARTMENT_HANDLER -> handler;
            case LEADER -> leader;
            case ADMINISTRATOR -> admin;
        };
    }

    static CaseFacts facts(Channel channel) {
        GridPlace place = new GridPlace(new GridCode("44030700100101"), "440307001001", "社区一", "440307001", "平湖");
        return new CaseFacts(CategoryKind.ASSET, "GB/T 47678.5-2026", "01001", "供水井盖", "市政公用设施",
                new Location(22.68, 114.12, 5.0, "平湖大道 1 号"), place, null, "井盖破损", channel,
                channel == Channel.INSPECTOR ? INSPECTOR : "operator", null, "c-1", List.of(), REPORTED_AT, false, null);
    }

    static CaseFile reportedCase() {
        return CaseFile.submit(new CaseNumber("20260000001"), facts(Channel.INSPECTOR), inspector);
    }

    /**
     * A stored case in any status, held by the fixture department, with the fixture inspector's
     * task open where the status has one.
     */
    static CaseFile caseIn(CaseStatus status) {
        CaseProgress progress = new CaseProgress();
        progress.department = DEPARTMENT;
        progress.assignedInspector = INSPECTOR;
        progress.verified = true;
        progress.dispatchCount = 1;
        return new CaseFile(1L, new CaseNumber("20260000001"), facts(Channel.INSPECTOR), 3, status, progress,
                new CaseClock(),
                List.of());
    }

    static CaseFile dispatchedCase() {
        return caseIn(CaseStatus.DISPATCHED);
    }

    static CaseFile caseWithPendingExtension() {
        CaseFile file = dispatchedCase();
        file.requestExtension(step(handler), 240);
        return file;
    }

    static Step step(Actor actor) {
        return new Step(actor, REPORTED_AT.plusSeconds(3600), "说明", List.of(), null, null);
    }
}
