package org.gridloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The enabled accounts behind verified tokens, kept in memory for a short time so that a
 * busy API does not read {@code identity_user} on every request, while an account disabled or
 * given other posts takes effect within that time.
 */
class CachedAccounts {

    private final JdbcAccounts accounts;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    CachedAccounts(JdbcAccounts accounts, Clock clock, Duration ttl) {
        this.accounts = accounts;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The signed-in user for the username, or empty when the account is missing or disabled. */
    Optional<SignedInUser> find(String username) {
        Instant now = clock.instant();
        Entry entry = entries.get(username);
        if (entry == null || !entry.freshAt(now, ttl)) {
            Optional<SignedInUser> user = accounts.findStored(username)
                    .filter(StoredAccount::enabled)
                    .map(account -> new SignedInUser(account.toActor(), null, true));
            entry = new Entry(user, now);
            entries.put(username, entry);
        }
        return entry.user();
    }

    private record Entry(Optional<SignedInUser> user, Instant loadedAt) {

        /** Loaded less than {@code ttl} ago; a clock set back makes every entry stale. */
        boolean freshAt(Instant now, Duration ttl) {
            return !now.isBefore(loadedAt) && now.isBefore(loadedAt.plus(ttl));
        }
    }
}
