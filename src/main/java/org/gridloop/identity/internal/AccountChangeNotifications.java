package org.gridloop.identity.internal;

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
 * Tells every node at once that an account changed, through PostgreSQL's {@code NOTIFY}: the
 * change's transaction announces the username on channel {@value #CHANNEL} (delivered when it
 * commits), and each node listens on one connection of its own and evicts the account from its
 * {@link CachedAccounts}. After a lost connection the node forgets every cached account, since
 * it may have missed changes, and listens again.
 */
@Component
class AccountChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "gridloop_account";
    private static final Logger log = LoggerFactory.getLogger(AccountChangeNotifications.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CachedAccounts accounts;
    private volatile Thread listener;

    AccountChangeNotifications(DataSource dataSource, JdbcClient jdbc, CachedAccounts accounts) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Announces, when the current transaction commits, that the account changed. */
    void announce(String username) {
        jdbc.sql("SELECT pg_notify(:channel, :username)").param("channel", CHANNEL).param("username", username)
                .query(Object.class).single();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "account-changes");
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
                accounts.clear();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            accounts.evict(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Listening for account changes failed, trying again in {} ms: {}", WAIT_MILLIS,
                        lost.getMessage());
                accounts.clear();
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
