package org.gridloop.evaluation.internal;

import javax.sql.DataSource;

import org.gridloop.ChannelListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node at once that the read model changed, on channel {@value #CHANNEL}, sent in the
 * transaction that changed it and so delivered once its rows are committed: each node pushes
 * fresh figures to its open big screens ({@link LiveScreens}), and also whenever it may have
 * missed a change.
 */
@Component
class DashboardNotifications extends ChannelListener {

    static final String CHANNEL = "gridloop_evaluation";

    private final LiveScreens screens;

    DashboardNotifications(DataSource dataSource, JdbcClient jdbc, LiveScreens screens) {
        super(dataSource, jdbc, CHANNEL);
        this.screens = screens;
    }

    /** Announces, when the current transaction commits, that the read model changed. */
    void announce() {
        send("");
    }

    @Override
    protected void received(String payload) {
        screens.changed();
    }

    @Override
    protected void mayHaveMissed() {
        screens.changed();
    }
}
