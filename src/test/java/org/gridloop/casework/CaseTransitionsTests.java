package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridloop.casework.CaseFileFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridloop.casework.CaseTransitions.Transition;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (status, action, post) combination on the aggregate: what the table allows succeeds and
 * lands in one of the table's target statuses; everything else is refused naming the status and
 * the action, and changes nothing.
 */
class CaseTransitionsTests {

    @TestFactory
    List<DynamicTest> everyCombinationFollowsTheTable() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (action.createsCase()) {
                    continue;
                }
                for (Post post : Post.values()) {
                    tests.add(DynamicTest.dynamicTest(status + " " + action.apiName() + " by " + post,
                            () -> check(status, action, post)));
                }
            }
        }
        return tests;
    }

    private static void check(CaseStatus status, CaseAction action, Post post) {
        CaseFile file = action == CaseAction.DECIDE_EXTENSION && status == CaseStatus.DISPATCHED
                ? caseWithPendingExtension() : caseIn(status);
        int entriesBefore = file.newEntries().size();
        Actor actor = inScope(post);
        Optional<Transition> row = CaseTransitions.find(status, action).filter(t -> t.permits(post));
        if (row.isPresent()) {
            take(file, action, actor);
            assertThat(row.get().to()).contains(file.status());
            assertThat(file.newEntries()).hasSize(entriesBefore + 1);
            assertThat(file.events()).last().extracting(CaseEvent::number).isEqualTo(file.number().value());
        } else {
            assertThatThrownBy(() -> take(file, action, actor))
                    .isInstanceOf(CaseActionRefused.class)
                    .hasMessageContaining(action.apiName())
                    .hasMessageContaining(status.name());
            assertThat(file.status()).isEqualTo(status);
            assertThat(file.newEntries()).hasSize(entriesBefore);
        }
    }

    private static void take(CaseFile file, CaseAction action, Actor actor) {
        Step step = step(actor);
        switch (action) {
            case REQUEST_VERIFICATION -> file.requestVerification(step, INSPECTOR);
            case REASSIGN -> file.reassign(step, otherInspector.username());
            case VERIFY -> file.verify(step, true);
            case ACCEPT -> file.accept(step);
            case REJECT -> file.reject(step);
            case MERGE -> file.mergeInto(step, new CaseNumber("20260000002"));
            case RECLASSIFY -> file.reclassify(step, incidentFacts(file));
            case REGISTER -> file.register(step, Urgency.NORMAL, CaseFile.DEFAULT_CONDITION);
            case DECLINE -> file.decline(step);
            case DISPATCH -> file.dispatch(step, DEPARTMENT, DEPARTMENT);
            case REQUEST_RETURN -> file.requestReturn(step);
            case APPROVE_RETURN -> file.approveReturn(step);
            case REJECT_RETURN -> file.rejectReturn(step);
            case REQUEST_EXTENSION -> file.requestExtension(step, 120);
            case DECIDE_EXTENSION -> file.decideExtension(step, true, 120);
            case REQUEST_SUSPENSION -> file.requestSuspension(step);
            case DECIDE_SUSPENSION -> file.decideSuspension(step, true);
            case RESUME -> file.resume(step);
            case REPORT_HANDLED -> file.reportHandled(step);
            case REQUEST_CHECK -> file.requestCheck(step, INSPECTOR);
            case CHECK -> file.check(step, true);
            case CLOSE -> file.close(step);
            case DISCARD -> file.discard(step);
            case URGE -> file.urge(step);
            case COMMENT -> file.comment(step);
            case SUBMIT, SELF_HANDLE -> throw new IllegalArgumentException(action.name());
        }
    }

    /** The case's facts under an incident class, as a reclassification gives them. */
    private static CaseFacts incidentFacts(CaseFile file) {
        return file.facts().reclassified(org.gridloop.catalog.CategoryKind.INCIDENT, file.facts().scheme(), "02001",
                "暴露垃圾", "市容环境", null);
    }

    @Test
    void everyNonTerminalStatusCanBeDiscardedAndNoTerminalOneCanMove() {
        for (CaseStatus status : CaseStatus.values()) {
            boolean moves = CaseTransitions.all().stream()
                    .anyMatch(t -> t.from() == status && t.to().stream().anyMatch(to -> to != status));
            assertThat(moves).as(status.name()).isEqualTo(!status.isTerminal());
        }
    }

    @Test
    void everyStatusIsReachableFromAReport() {
        List<CaseStatus> reached = new ArrayList<>(List.of(CaseStatus.REPORTED, CaseStatus.CHECKED));
        for (int i = 0; i < reached.size(); i++) {
            CaseStatus from = reached.get(i);
            CaseTransitions.all().stream().filter(t -> t.from() == from).flatMap(t -> t.to().stream())
                    .filter(to -> !reached.contains(to)).forEach(reached::add);
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
    }
}
