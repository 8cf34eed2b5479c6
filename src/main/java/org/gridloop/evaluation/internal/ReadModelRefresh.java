package org.gridloop.evaluation.internal;

import java.util.Collection;
import java.util.List;

import org.gridloop.casework.CaseEvent;
import org.gridloop.casework.CaseHistories;
import org.gridloop.casework.CaseHistory;
import org.gridloop.casework.CasesImported;
import org.gridloop.timing.WorkingCalendars;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the read model up to date: every case event, and every batch of imported cases,
 * replaces the rows of the cases it names with what their current timelines say. Whatever the
 * event says beyond the number is not used, so a replayed or reordered event gives the same rows.
 */
@Component
class ReadModelRefresh {

    private static final int CHUNK = 500;

    private final CaseHistories histories;
    private final CaseRecords records;
    private final WorkingCalendars calendars;
    private final DashboardNotifications notifications;

    ReadModelRefresh(CaseHistories histories, CaseRecords records, WorkingCalendars calendars,
            DashboardNotifications notifications) {
        this.histories = histories;
        this.records = records;
        this.calendars = calendars;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        refresh(List.of(event.number()));
    }

    @ApplicationModuleListener
    void on(CasesImported imported) {
        refresh(imported.numbers());
    }

    /**
     * Replaces the rows of the given cases from their timelines, in one transaction, reading
     * {@value #CHUNK} cases at a time (an imported batch may name many), and tells the big screens
     * on every node when it commits.
     */
    @Transactional
    public void refresh(Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        for (int start = 0; start < all.size(); start += CHUNK) {
            replace(histories.of(all.subList(start, Math.min(all.size(), start + CHUNK))));
        }
        notifications.announce();
    }

    /** Replaces the rows of the given cases, read with their timelines, in the caller's transaction. */
    public void replace(List<CaseHistory> cases) {
        for (CaseHistory history : cases) {
            records.replace(CaseRecord.of(history, calendars));
        }
    }
}
