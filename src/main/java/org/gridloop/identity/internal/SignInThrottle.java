package org.gridloop.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sign-in protection: failed sign-ins are counted per account tried and per address, on the
 * pages and for API tokens alike. Beyond a few free failures the next attempt must wait, twice as
 * long after each further failure, up to the longest wait: then the account or address is
 * locked for that long. An attempt made while waiting is refused without checking the password
 * and does not count, so guessing cannot lengthen a lock. A block of an account does not apply
 * at the address its holder last signed in from, so guessing from elsewhere cannot keep a real
 * user out. Counts live in the database, shared by every node; administrators see the blocks and
 * lift them.
 */
@Service
@EnableConfigurationProperties(SignInProperties.class)
public class SignInThrottle {

    /** What is counted: the account tried, or the address tried from. */
    public enum Kind {
        ACCOUNT, ADDRESS;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind named {@code account} or {@code address}. */
        public static Optional<Kind> of(String value) {
            for (Kind kind : values()) {
                if (kind.column().equals(value)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An account or address whose next sign-in must wait.
     *
     * @param locked whether the wait reached the longest one
     */
    public record Block(String kind, String subject, int failures, Instant lastFailedAt, Instant blockedUntil,
            boolean locked) {
    }

    private static final int SUBJECT_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties properties;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /** How long a sign-in of the username from the address must still wait, if at all. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        String account = subject(username);
        Instant until = jdbc.sql("""
                SELECT max(t.blocked_until) FROM identity_sign_in_throttle t
                 WHERE t.blocked_until > :now
                   AND ((t.kind = 'address' AND t.subject = :address)
                     OR (t.kind = 'account' AND t.subject = :account
                         AND NOT EXISTS (SELECT 1 FROM identity_user u
                                          WHERE u.username = :account AND u.last_sign_in_address = :address)))
                """)
                .param("now", Timestamp.from(now)).param("address", subject(address)).param("account", account)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed sign-in (wrong username or password) against the account and the address. */
    void failed(String username, String address) {
        count(Kind.ACCOUNT, subject(username), properties.accountFreeFailures());
        count(Kind.ADDRESS, subject(address), properties.addressFreeFailures());
    }

    /** Forgets the account's failures and remembers the address its holder signed in from. */
    void succeeded(String username, String address) {
        String account = subject(username);
        jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE kind = 'account' AND subject = :account")
                .param("account", account).update();
        jdbc.sql("UPDATE identity_user SET last_sign_in_address = :address, last_signed_in_at = :now WHERE username = :account")
                .param("address", subject(address)).param("now", Timestamp.from(clock.instant()))
                .param("account", account).update();
    }

    /** The accounts and addresses whose next sign-in must wait now, the latest failure first. */
    public List<Block> blocks() {
        return jdbc.sql("""
                SELECT kind, subject, failures, last_failed_at, blocked_until FROM identity_sign_in_throttle
                 WHERE blocked_until > :now ORDER BY last_failed_at DESC, kind, subject
                """)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> {
                    Instant last = rs.getTimestamp("last_failed_at").toInstant();
                    Instant until = rs.getTimestamp("blocked_until").toInstant();
                    return new Block(rs.getString("kind"), rs.getString("subject"), rs.getInt("failures"), last, until,
                            !Duration.between(last, until).minus(properties.longestWait()).isNegative());
                })
                .list();
    }

    /**
     * Lifts the block of an account or address and forgets its failures.
     *
     * @return whether there was one
     */
    public boolean lift(Kind kind, String subject, String liftedBy) {
        Optional<Block> lifted = blocks().stream()
                .filter(block -> block.kind().equals(kind.column()) && block.subject().equals(subject)).findFirst();
        int removed = jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE kind = :kind AND subject = :subject")
                .param("kind", kind.column()).param("subject", subject).update();
        if (removed == 0) {
            return false;
        }
        events.publishEvent(AuditedChange.of("sign-in-block", kind.column() + ":" + subject, "lift",
                lifted.orElse(null), null).by(liftedBy));
        return true;
    }

    /** Forgets failures past the window whose block has run out. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forget() {
        Instant now = clock.instant();
        jdbc.sql("""
                DELETE FROM identity_sign_in_throttle
                 WHERE last_failed_at < :forgetBefore AND (blocked_until IS NULL OR blocked_until < :now)
                """)
                .param("forgetBefore", Timestamp.from(now.minus(properties.forgetAfter())))
                .param("now", Timestamp.from(now)).update();
    }

    private void count(Kind kind, String subject, int freeFailures) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO identity_sign_in_throttle AS t (kind, subject, failures, last_failed_at)
                VALUES (:kind, :subject, 1, :now)
                ON CONFLICT (kind, subject) DO UPDATE SET
                    failures = CASE WHEN t.last_failed_at < :forgetBefore THEN 1 ELSE t.failures + 1 END,
                    last_failed_at = :now
                RETURNING failures
                """)
                .param("kind", kind.column()).param("subject", subject).param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(properties.forgetAfter())))
                .query(Integer.class).single();
        Duration wait = properties.waitAfter(failures, freeFailures);
        if (wait.isZero()) {
            return;
        }
        jdbc.sql("UPDATE identity_sign_in_throttle SET blocked_until = :until WHERE kind = :kind AND subject = :subject")
                .param("until", Timestamp.from(now.plus(wait))).param("kind", kind.column()).param("subject", subject)
                .update();
        boolean lockedNow = wait.equals(properties.longestWait())
                && properties.waitAfter(failures - 1, freeFailures).compareTo(wait) < 0;
        if (lockedNow) {
            events.publishEvent(AuditedChange.of("sign-in-block", kind.column() + ":" + subject, "lock", null,
                    Map.of("failures", failures, "until", now.plus(wait).toString())));
        }
    }

    private static String subject(String value) {
        String subject = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
    }
}
