package org.gridloop.identity.internal;

import javax.sql.DataSource;

import org.gridloop.ChannelListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node at once that an account changed, on channel {@value #CHANNEL}: each node
 * evicts the account from its {@link CachedAccounts}, and forgets every cached account when it
 * may have missed a change.
 */
@Component
class AccountChangeNotifications extends ChannelListener {

    static final String CHANNEL = "gridloop_account";

    private final CachedAccounts accounts;

    AccountChangeNotifications(DataSource dataSource, JdbcClient jdbc, CachedAccounts accounts) {
        super(dataSource, jdbc, CHANNEL);
        this.accounts = accounts;
    }

    /** Announces, when the current transaction commits, that the account changed. */
    void announce(String username) {
        send(username);
    }

    @Override
    protected void received(String username) {
        accounts.evict(username);
    }

    @Override
    protected void mayHaveMissed() {
        accounts.clear();
    }
}
