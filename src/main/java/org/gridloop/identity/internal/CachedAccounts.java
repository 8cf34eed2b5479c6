package org.gridloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The accounts behind signed-in requests, kept in memory for a short time so that a busy API
 * does not read {@code identity_user} on every request. A change of an account evicts it on
 * every node at once ({@link AccountChangeNotifications}); the time to live only bounds how
 * long a node that missed a notification keeps an old state.
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

    /**
     * The signed-in user for the username signed in since the instant, or empty when the
     * account is missing, disabled or revoked everything begun before some later instant.
     */
    Optional<SignedInUser> standing(String username, Instant since) {
        Instant now = clock.instant();
        Entry entry = entries.get(username);
        if (entry == null || !entry.freshAt(now, ttl)) {
            entry = new Entry(accounts.findStored(username), now);
            entries.put(username, entry);
        }
        return entry.account()
                .filter(account -> account.accepts(since))
                .map(account -> SignedInUser.standing(account, since));
    }

    /** Forgets the account, so that the next request reads it anew. */
    void evict(String username) {
        entries.remove(username);
    }

    /** Forgets every account, when changes may have been missed. */
    void clear() {
        entries.clear();
    }

    private record Entry(Optional<StoredAccount> account, Instant loadedAt) {

        /** Loaded less than {@code ttl} ago; a clock set back makes every entry stale. */
        boolean freshAt(Instant now, Duration ttl) {
            return !now.isBefore(loadedAt) && now.isBefore(loadedAt.plus(ttl));
        }
    }
}
