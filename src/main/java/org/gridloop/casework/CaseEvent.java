package org.gridloop.casework;

import java.time.Instant;

import org.gridloop.catalog.CategoryKind;

/**
 * What happened to a case, published after each step for the modules that follow casework
 * (timing, evaluation, notification). Every event names the case and the moment.
 */
public sealed interface CaseEvent {

    String number();

    Instant at();

    /** 上报: a case was created from a report. */
    record CaseReported(String number, CategoryKind kind, String categoryCode, String gridCode,
            String subdistrictCode, String channel, String reporter, Instant at) implements CaseEvent {
    }

    /** 自行处置: an inspector fixed a problem on the spot; it waits for the supervisor's audit. */
    record CaseSelfHandled(String number, CategoryKind kind, String categoryCode, String gridCode,
            String subdistrictCode, String reporter, Instant at) implements CaseEvent {
    }

    record VerificationRequested(String number, String inspector, Instant at) implements CaseEvent {
    }

    /**
     * 改派: the open task of {@code stage} ({@link CaseStage#VERIFY} or {@link CaseStage#CHECK})
     * passed from {@code from} to {@code to}.
     */
    record TaskReassigned(String number, CaseStage stage, String from, String to, Instant at) implements CaseEvent {
    }

    record CaseVerified(String number, boolean confirmed, String inspector, Instant at) implements CaseEvent {
    }

    record CaseAccepted(String number, Instant at) implements CaseEvent {
    }

    record CaseRejected(String number, String reason, Instant at) implements CaseEvent {
    }

    record CaseMerged(String number, String into, Instant at) implements CaseEvent {
    }

    /**
     * 改类: the case was filed under the wrong class and now stands under {@code kind} and
     * {@code categoryCode} of the active scheme; the status stays. Routing proposals and the time
     * limits still to start follow the new class.
     */
    record CaseReclassified(String number, CategoryKind fromKind, String fromCategoryCode, CategoryKind kind,
            String categoryCode, String subdistrictCode, String reason, Instant at) implements CaseEvent {
    }

    record CaseRegistered(String number, CategoryKind kind, String categoryCode, String subdistrictCode,
            Instant at) implements CaseEvent {
    }

    record CaseDeclined(String number, String reason, Instant at) implements CaseEvent {
    }

    /** 派遣: {@code proposedDepartment} is what routing proposed, to measure dispatch accuracy. */
    record CaseDispatched(String number, String department, String proposedDepartment, Instant at)
            implements CaseEvent {
    }

    record ReturnRequested(String number, String department, String reason, Instant at) implements CaseEvent {
    }

    /** 同意回退: the dispatch to {@code department} counts as inaccurate. */
    record ReturnApproved(String number, String department, Instant at) implements CaseEvent {
    }

    record ReturnRejected(String number, String department, Instant at) implements CaseEvent {
    }

    record ExtensionRequested(String number, String department, int minutes, Instant at) implements CaseEvent {
    }

    record ExtensionDecided(String number, String department, boolean granted, int minutes, Instant at)
            implements CaseEvent {
    }

    record SuspensionRequested(String number, String department, Instant at) implements CaseEvent {
    }

    record SuspensionDecided(String number, String department, boolean approved, Instant at)
            implements CaseEvent {
    }

    record CaseResumed(String number, String department, Instant at) implements CaseEvent {
    }

    record CaseHandled(String number, String department, Instant at) implements CaseEvent {
    }

    record CheckRequested(String number, String inspector, Instant at) implements CaseEvent {
    }

    /** 核查: a failed check sends the case back to {@code department} for rework. */
    record CaseChecked(String number, boolean passed, String department, String inspector, Instant at)
            implements CaseEvent {
    }

    record CaseClosed(String number, Instant at) implements CaseEvent {
    }

    record CaseDiscarded(String number, String reason, Instant at) implements CaseEvent {
    }

    /** @param subdistrictCode the case's subdistrict, {@code null} outside every subdistrict */
    record CaseUrged(String number, String department, String subdistrictCode, String note, String by, Instant at)
            implements CaseEvent {
    }

    record CaseCommented(String number, Instant at) implements CaseEvent {
    }
}
