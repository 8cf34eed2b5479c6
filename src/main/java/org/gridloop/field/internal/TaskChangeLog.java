package org.gridloop.field.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.gridloop.casework.CaseEvent;
import org.gridloop.casework.CaseStage;
import org.gridloop.casework.CaseEvent.CaseChecked;
import org.gridloop.casework.CaseEvent.CaseCommented;
import org.gridloop.casework.CaseEvent.CaseReclassified;
import org.gridloop.casework.CaseEvent.CaseReported;
import org.gridloop.casework.CaseEvent.CaseSelfHandled;
import org.gridloop.casework.CaseEvent.CaseUrged;
import org.gridloop.casework.CaseEvent.CaseVerified;
import org.gridloop.casework.CaseEvent.CheckRequested;
import org.gridloop.casework.CaseEvent.TaskReassigned;
import org.gridloop.casework.CaseEvent.VerificationRequested;
import org.gridloop.intake.Channel;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the field change log from the case events: a verification or check requested from an
 * inspector, or reassigned to one, opens their task (and withdraws it from whoever had it before); the inspector's
 * result closes it as done; any other step that moves the case (accept, reject, merge,
 * discard, …) while a task is open withdraws it. Every event of a case an inspector reported from
 * the field tells that inspector their report changed. Each inspector told is announced to
 * {@link FieldNotifications} when the change commits.
 */
@Component
class TaskChangeLog {

    private final FieldChanges changes;
    private final FieldNotifications notifications;

    TaskChangeLog(FieldChanges changes, FieldNotifications notifications) {
        this.changes = changes;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        changes.lock();
        Set<String> told = new LinkedHashSet<>();
        if (event instanceof CaseReported reported) {
            if (Channel.INSPECTOR.name().equals(reported.channel())) {
                changes.reportedBy(reported.number(), reported.reporter());
            }
        } else if (event instanceof CaseSelfHandled selfHandled) {
            changes.reportedBy(selfHandled.number(), selfHandled.reporter());
        } else if (event instanceof VerificationRequested requested) {
            open(requested, FieldChanges.VERIFICATION, requested.inspector(), told);
        } else if (event instanceof CheckRequested requested) {
            open(requested, FieldChanges.CHECK, requested.inspector(), told);
        } else if (event instanceof TaskReassigned reassigned) {
            open(reassigned, reassigned.stage() == CaseStage.CHECK ? FieldChanges.CHECK : FieldChanges.VERIFICATION,
                    reassigned.to(), told);
        } else if (event instanceof CaseVerified verified) {
            done(verified, FieldChanges.VERIFICATION, told);
        } else if (event instanceof CaseChecked checked) {
            done(checked, FieldChanges.CHECK, told);
        } else if (!leavesTasks(event)) {
            withdraw(event, FieldChanges.VERIFICATION, told);
            withdraw(event, FieldChanges.CHECK, told);
        }
        changes.reporter(event.number()).ifPresent(reporter -> {
            changes.append(reporter, event.number(), FieldChanges.REPORT, FieldChanges.CHANGED, event.at());
            told.add(reporter);
        });
        told.forEach(notifications::announce);
    }

    /** Urges, comments and a new class leave the case's tasks as they are. */
    private static boolean leavesTasks(CaseEvent event) {
        return event instanceof CaseUrged || event instanceof CaseCommented || event instanceof CaseReclassified;
    }

    private void open(CaseEvent event, String subject, String inspector, Set<String> told) {
        changes.openTask(event.number(), subject).filter(holder -> !holder.equals(inspector)).ifPresent(holder -> {
            changes.append(holder, event.number(), subject, FieldChanges.WITHDRAWN, event.at());
            told.add(holder);
        });
        changes.open(event.number(), subject, inspector);
        changes.append(inspector, event.number(), subject, FieldChanges.OPEN, event.at());
        told.add(inspector);
    }

    private void done(CaseEvent event, String subject, Set<String> told) {
        changes.openTask(event.number(), subject).ifPresent(holder -> {
            changes.close(event.number(), subject);
            changes.append(holder, event.number(), subject, FieldChanges.DONE, event.at());
            told.add(holder);
        });
    }

    private void withdraw(CaseEvent event, String subject, Set<String> told) {
        changes.openTask(event.number(), subject).ifPresent(holder -> {
            changes.close(event.number(), subject);
            changes.append(holder, event.number(), subject, FieldChanges.WITHDRAWN, event.at());
            told.add(holder);
        });
    }
}
