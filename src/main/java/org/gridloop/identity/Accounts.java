package org.gridloop.identity;

import java.util.Collection;

/**
 * Creates user accounts, for the modules that own the people behind them (staff, inspectors).
 */
public interface Accounts {

    /** Creates the accounts that do not exist yet; existing usernames are left as they are. */
    void createMissing(Collection<NewAccount> accounts);
}
