package org.gridloop.field.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node at once that an inspector's tasks or reports changed, through PostgreSQL's
 * {@code NOTIFY} on channel {@value #CHANNEL} (delivered when the change commits): each node
 * listens on one connection of its own and wakes the inspector's open event streams
 * ({@link LiveTasks}). After a lost connection it wakes every stream, since it may have missed
 * changes, and listens again.
 */
@Component
class FieldNotifications implements SmartLifecycle {

    static final String CHANNEL = "gridloop_field";
    private static final Logger log = LoggerFactory.getLogger(FieldNotifications.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LiveTasks live;
    private volatile Thread listener;

    FieldNotifications(DataSource dataSource, JdbcClient jdbc, LiveTasks live) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.live = live;
    }

    /** Announces, when the current transaction commits, that the inspector's tasks changed. */
    void announce(String inspector) {
        jdbc.sql("SELECT pg_notify(:channel, :inspector)").param("channel", CHANNEL).param("inspector", inspector)
                .query(Object.class).single();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "field-changes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                live.wakeAll();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            live.wake(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Listening for field changes failed, trying again in {} ms: {}", WAIT_MILLIS,
                        lost.getMessage());
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
