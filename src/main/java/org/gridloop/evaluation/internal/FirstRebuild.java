package org.gridloop.evaluation.internal;

import org.gridloop.casework.CaseHistories;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty read model on an installation that already has cases (the first start after an
 * upgrade to a version with evaluation): a rebuild, as an administrator would start it.
 */
@Component
class FirstRebuild {

    /** Who the rebuild's record names as having asked for it. */
    static final String REQUESTED_BY = "system";

    private final JdbcClient jdbc;
    private final CaseHistories histories;
    private final Rebuilds rebuilds;

    FirstRebuild(JdbcClient jdbc, CaseHistories histories, Rebuilds rebuilds) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillIfEmpty() {
        boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM evaluation_case)").query(Boolean.class).single();
        boolean everBuilt = jdbc.sql("SELECT EXISTS (SELECT 1 FROM evaluation_rebuild)").query(Boolean.class).single();
        if (empty && !everBuilt && histories.count() > 0) {
            rebuilds.start(REQUESTED_BY);
        }
    }
}
