package org.gridloop.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.AccountReferences;
import org.gridloop.identity.Post;
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

    /** A username: 2 to 64 lowercase letters, digits, dots, underscores and hyphens. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final int NAME_LENGTH = 100;
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 12;

    private final JdbcClient jdbc;
    private final JdbcAccounts accounts;
    private final CachedAccounts cache;
    private final AccountChangeNotifications notifications;
    private final AccountReferences references;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.bundled();
    private final SecureRandom random = new SecureRandom();

    AccountManagement(JdbcClient jdbc, JdbcAccounts accounts, CachedAccounts cache,
            AccountChangeNotifications notifications, AccountReferences references, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cache = cache;
        this.notifications = notifications;
        this.references = references;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The accounts holding the post (any when {@code null}) of the department (any when {@code null}). */
    public List<AccountView> list(Post post, String departmentCode) {
        return accounts.list(post, blankToNull(departmentCode)).stream().map(AccountView::of).toList();
    }

    public Optional<AccountView> find(String username) {
        return accounts.findStored(username).map(AccountView::of);
    }

    @Transactional
    public AccountView create(AccountForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = newAccount(form, true, problems);
        refuseIfAny(problems);
        if (accounts.findStored(checked.username()).isPresent()) {
            throw usernameTaken(checked.username());
        }
        try {
            insert(checked, passwordEncoder.encode(form.password()), false);
        } catch (DuplicateKeyException taken) {
            throw usernameTaken(checked.username());
        }
        AccountView created = AccountView.of(existing(checked.username()));
        events.publishEvent(AuditedChange.of("account", checked.username(), "create", null, created));
        return created;
    }

    /**
     * Creates every account of a file, or none. Every bad row is listed, its fields named
     * {@code rows[<row>].<field>} with the row as the spreadsheet numbers it (the header is row 1);
     * a username used twice in the file or already taken is one of them. A row without a password
     * gets a temporary one, to be changed at the first sign-in.
     *
     * @return each account created with its temporary password, or {@code null} when the file gave one
     */
    @Transactional
    public List<TemporaryPassword> importAll(AccountSheet sheet) {
        List<FieldProblem> problems = new ArrayList<>(sheet.problems());
        List<Checked> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AccountSheet.Row row : sheet.rows()) {
            AccountForm form = row.form();
            List<FieldProblem> found = new ArrayList<>();
            String username = blankToNull(form.username());
            if (username != null && (!seen.add(username) || accounts.findStored(username).isPresent())) {
                found.add(new FieldProblem("username", "identity.account.username-taken", "already used"));
            }
            Checked checked = newAccount(form, blankToNull(form.password()) != null, found);
            found.forEach(problem -> problems.add(new FieldProblem("rows[" + row.number() + "]." + problem.field(),
                    problem.messageCode(), problem.defaultMessage())));
            rows.add(checked);
        }
        if (sheet.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("rows", "identity.import.empty", "the file has no accounts"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "identity.import.refused",
                    "The file cannot be imported; nothing was written", problems);
        }
        List<TemporaryPassword> passwords = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String given = blankToNull(sheet.rows().get(i).form().password());
            String password = given == null ? temporaryPassword(rows.get(i).username()) : given;
            passwords.add(new TemporaryPassword(rows.get(i).username(), given == null ? password : null));
            hashes.add(password);
        }
        // Hashing is the cost of an import: spread over the cores.
        List<String> hashed = hashes.parallelStream().map(passwordEncoder::encode).toList();
        for (int i = 0; i < rows.size(); i++) {
            insert(rows.get(i), hashed.get(i), passwords.get(i).password() != null);
            events.publishEvent(AuditedChange.of("account", rows.get(i).username(), "import", null,
                    AccountView.of(existing(rows.get(i).username()))));
        }
        return passwords;
    }

    /**
     * The checks of a new account: the username's format, the password policy (when the password
     * is given, not drawn) and the fields.
     */
    private Checked newAccount(AccountForm form, boolean passwordGiven, List<FieldProblem> problems) {
        String username = blankToNull(form.username());
        if (username == null) {
            problems.add(new FieldProblem("username", "field.required", "required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "identity.account.username.format",
                    "2 to 64 lowercase letters, digits, dots, underscores and hyphens"));
        }
        if (passwordGiven) {
            problems.addAll(policy.check("password", username, form.password()));
        }
        return check(form, username, problems);
    }

    private void insert(Checked checked, String passwordHash, boolean temporary) {
        jdbc.sql("""
                INSERT INTO identity_user (username, display_name, password_hash, posts, department_code, phone,
                                           subdistrict_codes, password_change_required, updated_at)
                VALUES (:username, :displayName, :hash, :posts, :department, :phone, :subdistricts, :temporary, :now)""")
                .param("username", checked.username()).param("displayName", checked.displayName())
                .param("hash", passwordHash)
                .param("posts", JdbcAccounts.postNames(List.copyOf(checked.posts())))
                .param("department", checked.departmentCode()).param("phone", checked.phone())
                .param("subdistricts", checked.subdistrictCodes().toArray(String[]::new))
                .param("temporary", temporary)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public AccountView update(String username, AccountForm form) {
        StoredAccount before = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        String given = blankToNull(form.username());
        if (given != null && !given.equals(before.username())) {
            problems.add(new FieldProblem("username", "identity.account.username.fixed",
                    "the username of an account cannot change"));
        }
        Checked checked = checked(form, before.username(), problems);
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
        String temporary = temporaryPassword(before.username());
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

    /** The fields of a form checked together with the problems found before; refused when any. */
    private Checked checked(AccountForm form, String username, List<FieldProblem> problems) {
        Checked checked = check(form, username, problems);
        refuseIfAny(problems);
        return checked;
    }

    /** The fields of a form checked, each problem added to the list. */
    private Checked check(AccountForm form, String username, List<FieldProblem> problems) {
        String displayName = blankToNull(form.displayName());
        if (displayName == null) {
            problems.add(new FieldProblem("displayName", "field.required", "required"));
        } else if (displayName.length() > NAME_LENGTH || displayName.indexOf('\0') >= 0) {
            problems.add(new FieldProblem("displayName", "identity.account.text", "at most 100 characters"));
        }
        String phone = blankToNull(form.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "identity.account.phone", "5 to 20 digits"));
        }
        Set<Post> posts = EnumSet.noneOf(Post.class);
        if (form.posts() == null || form.posts().isEmpty()) {
            problems.add(new FieldProblem("posts", "field.required", "required"));
        } else {
            for (String name : form.posts()) {
                Optional<Post> post = postNamed(name);
                if (post.isEmpty()) {
                    problems.add(new FieldProblem("posts", "identity.account.post.unknown", "no such post: " + name));
                } else {
                    posts.add(post.get());
                }
            }
        }
        String department = blankToNull(form.departmentCode());
        if (posts.contains(Post.DEPARTMENT_HANDLER)) {
            if (department == null) {
                problems.add(new FieldProblem("departmentCode", "identity.account.department.required",
                        "a department handler names the department"));
            } else if (!references.isDepartment(department)) {
                problems.add(new FieldProblem("departmentCode", "identity.account.department.unknown",
                        "no such department"));
            }
        } else if (department != null) {
            problems.add(new FieldProblem("departmentCode", "identity.account.department.handler-only",
                    "only a department handler names a department"));
        }
        Set<String> subdistricts = new LinkedHashSet<>();
        for (String code : form.subdistrictCodes() == null ? List.<String>of() : form.subdistrictCodes()) {
            String subdistrict = blankToNull(code);
            if (subdistrict == null) {
                continue;
            }
            if (!references.isSubdistrict(subdistrict)) {
                problems.add(new FieldProblem("subdistrictCodes", "identity.account.subdistrict.unknown",
                        "no such subdistrict: " + subdistrict));
            }
            subdistricts.add(subdistrict);
        }
        return new Checked(username, displayName, phone, posts, department, List.copyOf(subdistricts));
    }

    private record Checked(String username, String displayName, String phone, Set<Post> posts, String departmentCode,
            List<String> subdistrictCodes) {
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

    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
            }
            if (policy.check("password", username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
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

    private static Optional<Post> postNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Post post : Post.values()) {
            if (post.name().equals(normalized)) {
                return Optional.of(post);
            }
        }
        return Optional.empty();
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "identity.account.invalid",
                    "The account is not valid", problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static DomainException usernameTaken(String username) {
        return new DomainException(DomainException.Kind.CONFLICT, "identity.account.username-taken",
                "The username " + username + " is already used",
                List.of(new FieldProblem("username", "identity.account.username-taken", "already used")), username);
    }

    private static DomainException stale(StoredAccount current) {
        return new DomainException(DomainException.Kind.CONFLICT, "identity.account.stale",
                "The account was changed meanwhile; it is now at version " + current.version(),
                List.of(new FieldProblem("version", "identity.account.stale", "changed meanwhile")),
                current.version());
    }
}
