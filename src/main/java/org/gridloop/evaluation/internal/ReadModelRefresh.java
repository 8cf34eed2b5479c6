package org.gridloop.evaluation.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.casework.CaseEvent;
import org.gridloop.casework.CaseHistories;
import org.gridloop.casework.CaseHistory;
import org.gridloop.casework.CasesImported;
import org.gridloop.identity.Post;
import org.gridloop.organization.TeamDirectory;
import org.gridloop.organization.TeamDirectory.Membership;
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
    private final TeamDirectory teams;
    private final DashboardNotifications notifications;

    ReadModelRefresh(CaseHistories histories, CaseRecords records, WorkingCalendars calendars, TeamDirectory teams,
            DashboardNotifications notifications) {
        this.histories = histories;
        this.records = records;
        this.calendars = calendars;
        this.teams = teams;
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
        Set<String> inspectors = new HashSet<>();
        for (CaseHistory history : cases) {
            if (history.facts().reporter() != null) {
                inspectors.add(history.facts().reporter());
            }
            history.timeline().stream().filter(entry -> entry.post() == Post.INSPECTOR)
                    .forEach(entry -> inspectors.add(entry.actor()));
        }
        Map<String, List<Membership>> memberships = teams.memberships(inspectors);
        CaseRecord.TeamAt teamAt = (inspector, at) -> memberships.getOrDefault(inspector, List.of()).stream()
                .filter(membership -> membership.covers(at)).map(Membership::teamCode).findFirst().orElse(null);
        for (CaseHistory history : cases) {
            records.replace(CaseRecord.of(history, calendars, teamAt));
        }
    }
}
