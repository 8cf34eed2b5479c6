package org.gridloop;

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

/**
 * Tells every node at once that something changed, through one PostgreSQL {@code NOTIFY}
 * channel: a transaction {@linkplain #send sends} a payload, delivered when it commits, and each
 * node listens on a connection of its own, on a thread of its own, and hands each payload to
 * {@link #received}. Whenever the node may have missed payloads — when it starts listening, and
 * when the connection is lost — it calls {@link #mayHaveMissed} before listening again.
 */
public abstract class ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String channel;
    private volatile Thread listener;

    /** @param channel a PostgreSQL identifier; it also names the listening thread */
    protected ChannelListener(DataSource dataSource, JdbcClient jdbc, String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.channel = channel;
    }

    /** One payload another transaction (possibly on another node) sent. */
    protected abstract void received(String payload);

    /** Payloads may have been missed: forget or refresh whatever they would have told. */
    protected abstract void mayHaveMissed();

    /** Sends the payload on the channel when the current transaction commits (at once without one). */
    protected void send(String payload) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", channel).param("payload", payload)
                .query(Object.class).single();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, channel);
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
                    statement.execute("LISTEN " + channel);
                }
                mayHaveMissed();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Listening on {} failed, trying again in {} ms: {}", channel, WAIT_MILLIS, lost.getMessage());
                mayHaveMissed();
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
