package org.gridloop.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The user accounts, for the modules that own the people behind them (staff, inspectors) and
 * the pages that show who did something.
 */
public interface Accounts {

    /** Creates the accounts that do not exist yet; existing usernames are left as they are. */
    void createMissing(Collection<NewAccount> accounts);

    /** The account of the username, enabled or not; empty when there is none. */
    Optional<Account> find(String username);

    /**
     * The display names of the usernames that have an account, by username, for showing staff
     * by name instead of login; usernames without an account are left out.
     */
    Map<String, String> displayNames(Collection<String> usernames);
}
