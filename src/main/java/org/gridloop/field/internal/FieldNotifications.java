package org.gridloop.field.internal;

import javax.sql.DataSource;

import org.gridloop.ChannelListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node at once that an inspector's tasks or reports changed, on channel
 * {@value #CHANNEL}: each node wakes the inspector's open event streams ({@link LiveTasks}), and
 * every stream when it may have missed a change.
 */
@Component
class FieldNotifications extends ChannelListener {

    static final String CHANNEL = "gridloop_field";

    private final LiveTasks live;

    FieldNotifications(DataSource dataSource, JdbcClient jdbc, LiveTasks live) {
        super(dataSource, jdbc, CHANNEL);
        this.live = live;
    }

    /** Announces, when the current transaction commits, that the inspector's tasks changed. */
    void announce(String inspector) {
        send(inspector);
    }

    @Override
    protected void received(String inspector) {
        live.wake(inspector);
    }

    @Override
    protected void mayHaveMissed() {
        live.wakeAll();
    }
}
