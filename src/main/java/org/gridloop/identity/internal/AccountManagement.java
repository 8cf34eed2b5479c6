package org.gridloop.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.Post;
import org.gridloop.identity.internal.AccountFields.Checked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The administrator's changes of the user accounts (用户): create, edit, disable and enable,
 * reset a password to a temporary one; and everyone's change of their own password. An account
 * is never deleted, since the record names it. Disabling, a reset and a change of password cut
 * off every token and session begun before, on every node at once. The last enabled
 * administrator keeps the post and stays enabled. Every change is audited, never with a password.
 */
@Service
public class AccountManagement {

    /**
     * An account as an administrator enters it.
     *
     * @param posts            post names, e.g. {@code DEPARTMENT_HANDLER}
     * @param departmentCode   the department of a department handler; nobody else names one
     * @param subdistrictCodes the subdistricts whose center a staff member works for
     * @param password         the first password, on creation only
     * @param version          the version an edit is based on; when given and no longer current,
     *                         the edit is refused instead of overwriting another change
     */
    public record AccountForm(String username, String displayName, String phone, String password,
            List<String> posts, String departmentCode, List<String> subdistrictCodes, Integer version) {
    }

    /** An account as administrators see it: everything but the password. */
    public record AccountView(String username, String displayName, String phone, Set<Post> posts,
            String departmentCode, List<String> subdistrictCodes, boolean enabled, boolean passwordChangeRequired,
            int version) {

        static AccountView of(StoredAccount account) {
            return new AccountView(account.username(), account.displayName(), account.phone(), account.posts(),
                    account.departmentCode(), account.subdistrictCodes(), account.enabled(),
                    account.passwordChangeRequired(), account.version());
        }
    }

    /** The temporary password a reset gave the account, shown once to the administrator. */
    public record TemporaryPassword(String username, String password) {
    }

    private final JdbcClient jdbc;
    private final JdbcAccounts accounts;
    private final CachedAccounts cache;
    private final AccountChangeNotifications notifications;
    private final AccountFields fields;
    private final TemporaryPasswords temporaryPasswords;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.bundled();

    AccountManagement(JdbcClient jdbc, JdbcAccounts accounts, CachedAccounts cache,
            AccountChangeNotifications notifications, AccountFields fields, TemporaryPasswords temporaryPasswords,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cache = cache;
        this.notifications = notifications;
        this.fields = fields;
        this.temporaryPasswords = temporaryPasswords;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The accounts holding the post (any when {@code null}) of the department (any when {@code null}). */
    public List<AccountView> list(Post post, String departmentCode) {
        return accounts.list(post, AccountFields.blankToNull(departmentCode)).stream().map(AccountView::of).toList();
    }

    public Optional<AccountView> find(String username) {
        return accounts.findStored(username).map(AccountView::of);
    }

    @Transactional
    public AccountView create(AccountForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = fields.newAccount(form, true, problems);
        refuseIfAny(problems);
        if (accounts.findStored(checked.username()).isPresent()) {
            throw usernameTaken(checked.username());
        }
        try {
            accounts.insert(checked, passwordEncoder.encode(form.password()), false, clock.instant());
        } catch (DuplicateKeyException taken) {
            throw usernameTaken(checked.username());
        }
        AccountView created = AccountView.of(existing(checked.username()));
        events.publishEvent(AuditedChange.of("account", checked.username(), "create", null, created));
        return created;
    }

    @Transactional
    public AccountView update(String username, AccountForm form) {
        StoredAccount before = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        String given = AccountFields.blankToNull(form.username());
        if (given != null && !given.equals(before.username())) {
            problems.add(new FieldProblem("username", "identity.account.username.fixed",
                    "the username of an account cannot change"));
        }
        Checked checked = fields.check(form, before.username(), problems);
        refuseIfAny(problems);
        checkVersion(before, form.version());
        if (before.enabled() && before.holds(Post.ADMINISTRATOR) && !checked.posts().contains(Post.ADMINISTRATOR)) {
            refuseIfLastAdministrator(before.username(), "posts");
        }
        int updated = jdbc.sql("""
                UPDATE identity_user
                SET display_name = :displayName, posts = :posts, department_code = :department, phone = :phone,
                    subdistrict_codes = :subdistricts, version = version + 1, updated_at = :now
                WHERE username = :username AND version = :version""")
                .param("displayName", checked.displayName())
                .param("posts", JdbcAccounts.postNames(List.copyOf(checked.posts())))
                .param("department", checked.departmentCode()).param("phone", checked.phone())
                .param("subdistricts", checked.subdistrictCodes().toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .param("username", before.username()).param("version", before.version())
                .update();
        return written(before, updated, "update");
    }

    /** Disables the account: it cannot sign in, and its tokens and sessions stop working at once. */
    @Transactional
    public AccountView disable(String username, Integer version, String byUsername) {
        StoredAccount before = existing(username);
        checkVersion(before, version);
        if (!before.enabled()) {
            return AccountView.of(before);
        }
        if (before.username().equals(byUsername)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "identity.account.disable-self",
                    "An administrator cannot disable the own account");
        }
        if (before.holds(Post.ADMINISTRATOR)) {
            refuseIfLastAdministrator(before.username(), null);
        }
        int updated = jdbc.sql("""
                UPDATE identity_user
                SET enabled = FALSE, revoked_before = :now, version = version + 1, updated_at = :now
                WHERE username = :username AND version = :version""")
                .param("now", Timestamp.from(now()))
                .param("username", before.username()).param("version", before.version())
                .update();
        return written(before, updated, "disable");
    }

    /** Enables the account again; tokens and sessions from before it was disabled stay dead. */
    @Transactional
    public AccountView enable(String username, Integer version) {
        StoredAccount before = existing(username);
        checkVersion(before, version);
        if (before.enabled()) {
            return AccountView.of(before);
        }
        int updated = jdbc.sql("""
                UPDATE identity_user SET enabled = TRUE, version = version + 1, updated_at = :now
                WHERE username = :username AND version = :version""")
                .param("now", Timestamp.from(clock.instant()))
                .param("username", before.username()).param("version", before.version())
                .update();
        return written(before, updated, "enable");
    }

    /**
     * Gives the account a new random temporary password, to be changed at the next sign-in, and
     * cuts off its tokens and sessions.
     */
    @Transactional
    public TemporaryPassword resetPassword(String username) {
        StoredAccount before = existing(username);
        String temporary = temporaryPasswords.draw(before.username());
        int updated = jdbc.sql("""
                UPDATE identity_user
                SET password_hash = :hash, password_change_required = TRUE, revoked_before = :now,
                    version = version + 1, updated_at = :now
                WHERE username = :username AND version = :version""")
                .param("hash", passwordEncoder.encode(temporary)).param("now", Timestamp.from(now()))
                .param("username", before.username()).param("version", before.version())
                .update();
        written(before, updated, "password-reset");
        return new TemporaryPassword(before.username(), temporary);
    }

    /**
     * Changes the user's own password after checking the current one; every other token and
     * session of the account stops working.
     *
     * @return the instant from which sign-ins count, for the caller to carry on signed in
     */
    @Transactional
    public Instant changeOwnPassword(String username, String currentPassword, String newPassword) {
        StoredAccount before = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(new FieldProblem("currentPassword", "field.required", "required"));
        } else if (!passwordEncoder.matches(currentPassword, before.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "identity.password.wrong", "not the current password"));
        }
        problems.addAll(policy.check("newPassword", username, newPassword));
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "identity.password.same", "must differ from the current one"));
        }
        refuseIfAny(problems);
        Instant now = now();
        int updated = jdbc.sql("""
                UPDATE identity_user
                SET password_hash = :hash, password_change_required = FALSE, revoked_before = :now,
                    version = version + 1, updated_at = :now
                WHERE username = :username AND version = :version""")
                .param("hash", passwordEncoder.encode(newPassword)).param("now", Timestamp.from(now))
                .param("username", before.username()).param("version", before.version())
                .update();
        written(before, updated, "password-change");
        return now;
    }

    /** Refuses to leave the installation without an enabled administrator; locks the administrators' rows. */
    private void refuseIfLastAdministrator(String username, String field) {
        List<String> others = jdbc.sql("""
                SELECT username FROM identity_user
                WHERE enabled AND posts @> ARRAY[CAST(:post AS TEXT)] FOR UPDATE""")
                .param("post", Post.ADMINISTRATOR.name())
                .query(String.class).list().stream()
                .filter(administrator -> !administrator.equals(username))
                .toList();
        if (others.isEmpty()) {
            List<FieldProblem> problems = field == null ? List.of()
                    : List.of(new FieldProblem(field, "identity.account.last-administrator",
                            "the last enabled administrator keeps the post"));
            throw new DomainException(DomainException.Kind.CONFLICT, "identity.account.last-administrator",
                    "The last enabled administrator keeps the post and stays enabled", problems);
        }
    }

    /** After a write based on {@code before}: audits it and has every node forget the cached account. */
    private AccountView written(StoredAccount before, int updated, String action) {
        if (updated == 0) {
            throw stale(existing(before.username()));
        }
        AccountView after = AccountView.of(existing(before.username()));
        events.publishEvent(AuditedChange.of("account", before.username(), action, AccountView.of(before), after));
        notifications.announce(before.username());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.evict(before.username());
            }
        });
        return after;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private StoredAccount existing(String username) {
        return accounts.findStored(username).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "identity.account.unknown", "No such account", username));
    }

    private static void checkVersion(StoredAccount current, Integer version) {
        if (version != null && version != current.version()) {
            throw stale(current);
        }
    }

    static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "identity.account.invalid",
                    "The account is not valid", problems);
        }
    }

    private static DomainException usernameTaken(String username) {
        return new DomainException(DomainException.Kind.CONFLICT, "identity.account.username-taken",
                "The username " + username + " is already used",
                List.of(new FieldProblem("username", "identity.account.username-taken", "already used")), username);
    }

    private static DomainException stale(StoredAccount current) {
        return DomainException.stale("identity.account.stale", "account", current.version());
    }
}
