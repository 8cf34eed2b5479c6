package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridloop.casework.CaseFileFixtures.*;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseEvent.CaseChecked;
import org.gridloop.casework.CaseEvent.ReturnApproved;
import org.gridloop.casework.CaseEvent.TaskReassigned;
import org.gridloop.intake.Channel;
import org.junit.jupiter.api.Test;

class CaseFileTests {

    @Test
    void reportStartsTheTimelineAndAnnouncesTheCase() {
        CaseFile file = reportedCase();

        assertThat(file.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(file.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(CaseAction.SUBMIT);
            assertThat(entry.actor()).isEqualTo(INSPECTOR);
            assertThat(entry.latitude()).isEqualTo(22.68);
        });
        assertThat(file.events()).singleElement().isInstanceOf(CaseEvent.CaseReported.class);
    }

    @Test
    void reclassifyKeepsTheStatusAndRecordsTheClassBeforeAndAfter() {
        CaseFile file = reportedCase();
        CaseFacts incident = file.facts().reclassified(org.gridloop.catalog.CategoryKind.INCIDENT,
                file.facts().scheme(), "02001", "暴露垃圾", "市容环境", null);

        file.reclassify(new Step(operator, REPORTED_AT.plusSeconds(60), "报错了类别", java.util.List.of(), null, null),
                incident);

        assertThat(file.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(file.facts().categoryCode()).isEqualTo("02001");
        assertThat(file.facts().description()).isEqualTo("井盖破损");
        assertThat(file.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(CaseAction.RECLASSIFY);
            assertThat(entry.from()).isEqualTo(CaseStatus.REPORTED);
            assertThat(entry.to()).isEqualTo(CaseStatus.REPORTED);
            assertThat(entry.note()).isEqualTo("报错了类别");
            assertThat(entry.reclassification()).isEqualTo(new Reclassification(
                    org.gridloop.catalog.CategoryKind.ASSET, "01001", "供水井盖",
                    org.gridloop.catalog.CategoryKind.INCIDENT, "02001", "暴露垃圾"));
        });
        assertThat(file.events()).last().isInstanceOfSatisfying(CaseEvent.CaseReclassified.class, event -> {
            assertThat(event.fromCategoryCode()).isEqualTo("01001");
            assertThat(event.categoryCode()).isEqualTo("02001");
            assertThat(event.reason()).isEqualTo("报错了类别");
        });
        assertThatThrownBy(() -> caseIn(CaseStatus.DISPATCHED).reclassify(step(supervisor), incident))
                .isInstanceOf(CaseActionRefused.class).hasMessageContaining("reclassify");
    }

    @Test
    void handlerOfAnotherDepartmentIsRefusedEveryAction() {
        for (CaseAction action : CaseAction.values()) {
            if (action.createsCase()) {
                continue;
            }
            assertThat(CaseAuthorization.allows(dispatchedCase(), otherHandler, action)).as(action.name()).isFalse();
        }
        assertThat(dispatchedCase().isVisibleTo(otherHandler)).isFalse();
        assertThatThrownBy(() -> dispatchedCase().requestReturn(step(otherHandler)))
                .isInstanceOf(CaseActionRefused.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void inspectorCannotRegister() {
        assertThatThrownBy(() -> caseIn(CaseStatus.ACCEPTED).register(step(inspector), Urgency.NORMAL, CaseFile.DEFAULT_CONDITION))
                .isInstanceOf(CaseActionRefused.class)
                .hasMessageContaining("register")
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void onlyTheAssignedInspectorChecks() {
        assertThatThrownBy(() -> caseIn(CaseStatus.CHECKING).check(step(otherInspector), true))
                .isInstanceOf(CaseActionRefused.class);
    }

    @Test
    void wrongStatusIsAConflictNamingStatusAndAction() {
        assertThatThrownBy(() -> caseIn(CaseStatus.REPORTED).dispatch(step(dispatcher), DEPARTMENT, null))
                .isInstanceOf(CaseActionRefused.class)
                .hasMessageContaining("dispatch").hasMessageContaining("REPORTED")
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void hotlineReportMustBeVerifiedBeforeItIsAccepted() {
        CaseFile file = CaseFile.submit(new CaseNumber("20260000009"), facts(Channel.HOTLINE), operator);

        assertThat(file.allowedActions(operator)).doesNotContain(CaseAction.ACCEPT)
                .contains(CaseAction.REQUEST_VERIFICATION, CaseAction.REJECT);
        file.requestVerification(step(operator), INSPECTOR);
        file.verify(step(inspector), true);

        assertThat(file.allowedActions(operator)).contains(CaseAction.ACCEPT);
        assertThat(file.timeline()).last().extracting(TimelineEntry::outcome).isEqualTo(Outcome.CONFIRMED);
    }

    @Test
    void anInspectorWhoVerifiedAHotlineCaseStillSeesItOnceTheCheckWentToAnother() {
        CaseFile file = CaseFile.submit(new CaseNumber("20260000010"), facts(Channel.HOTLINE), operator);
        file.requestVerification(step(operator), otherInspector.username());
        file.verify(step(otherInspector), true);
        assertThat(file.isVisibleTo(otherInspector)).isTrue();
        assertThat(file.isVisibleTo(inspector)).isFalse();

        file.accept(step(operator));

        assertThat(file.isVisibleTo(otherInspector)).isTrue();
        assertThat(file.allowedActions(otherInspector)).doesNotContain(CaseAction.VERIFY, CaseAction.CHECK);
    }

    @Test
    void reassignmentHandsTheOpenCheckToAnotherInspectorAndLeavesTheStatus() {
        CaseFile file = caseIn(CaseStatus.CHECKING);

        file.reassign(step(operator), otherInspector.username());

        assertThat(file.status()).isEqualTo(CaseStatus.CHECKING);
        assertThat(file.assignedInspector()).isEqualTo(otherInspector.username());
        assertThat(file.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(CaseAction.REASSIGN);
            assertThat(entry.to()).isEqualTo(CaseStatus.CHECKING);
        });
        assertThat(file.events()).last().isInstanceOfSatisfying(TaskReassigned.class, reassigned -> {
            assertThat(reassigned.stage()).isEqualTo(CaseStage.CHECK);
            assertThat(reassigned.from()).isEqualTo(INSPECTOR);
            assertThat(reassigned.to()).isEqualTo(otherInspector.username());
        });
        assertThat(file.allowedActions(inspector)).doesNotContain(CaseAction.CHECK);
        assertThat(file.allowedActions(otherInspector)).contains(CaseAction.CHECK);
    }

    @Test
    void failedCheckSendsTheCaseBackToTheSameDepartmentForRework() {
        CaseFile file = caseIn(CaseStatus.CHECKING);

        file.check(step(inspector), false);

        assertThat(file.status()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(file.department()).isEqualTo(DEPARTMENT);
        assertThat(file.progress().reworkCount()).isEqualTo(1);
        assertThat(file.assignedInspector()).isNull();
        assertThat(file.events()).last().isInstanceOfSatisfying(CaseChecked.class,
                checked -> assertThat(checked.passed()).isFalse());
    }

    @Test
    void approvedReturnClearsTheDepartmentAndCountsTheReturn() {
        CaseFile file = caseIn(CaseStatus.RETURN_REQUESTED);

        file.approveReturn(step(dispatcher));

        assertThat(file.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(file.department()).isNull();
        assertThat(file.progress().returnCount()).isEqualTo(1);
        assertThat(file.events()).last().isInstanceOfSatisfying(ReturnApproved.class,
                approved -> assertThat(approved.department()).isEqualTo(DEPARTMENT));
    }

    @Test
    void extensionIsAPendingFlagThatTheDispatcherDecides() {
        CaseFile file = caseWithPendingExtension();
        assertThat(file.allowedActions(handler)).doesNotContain(CaseAction.REQUEST_EXTENSION)
                .contains(CaseAction.REPORT_HANDLED);

        file.decideExtension(step(dispatcher), true, 240);

        assertThat(file.isExtensionPending()).isFalse();
        assertThat(file.progress().extensionGrantedMinutes()).isEqualTo(240);
        assertThat(file.status()).isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    void selfHandledCaseWaitsForTheSupervisorsAudit() {
        CaseFile file = CaseFile.selfHandle(new CaseNumber("20260000010"), facts(Channel.INSPECTOR), step(inspector));

        assertThat(file.status()).isEqualTo(CaseStatus.CHECKED);
        assertThat(file.allowedActions(supervisor)).contains(CaseAction.CLOSE, CaseAction.DISCARD);
    }
}
