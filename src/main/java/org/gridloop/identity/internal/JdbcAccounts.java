package org.gridloop.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridloop.identity.Account;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.NewAccount;
import org.gridloop.identity.Post;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores accounts in {@code identity_user}. A batch hashes each distinct password once, so
 * creating the hundreds of inspectors of a district takes milliseconds, not minutes.
 */
@Service
class JdbcAccounts implements Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void createMissing(Collection<NewAccount> accounts) {
        Map<String, String> hashes = new HashMap<>();
        for (NewAccount account : accounts) {
            String hash = hashes.computeIfAbsent(account.rawPassword(), passwordEncoder::encode);
            jdbc.sql("""
                    INSERT INTO identity_user (username, display_name, password_hash, posts, department_code)
                    VALUES (:username, :displayName, :hash, :posts, :department)
                    ON CONFLICT (username) DO NOTHING""")
                    .param("username", account.username())
                    .param("displayName", account.displayName())
                    .param("hash", hash)
                    .param("posts", postNames(account.posts().stream().toList()))
                    .param("department", account.departmentCode())
                    .update();
        }
    }

    /** Writes a new account whose fields were checked. */
    void insert(AccountFields.Checked account, String passwordHash, boolean temporary, Instant at) {
        jdbc.sql("""
                INSERT INTO identity_user (username, display_name, password_hash, posts, department_code, phone,
                                           subdistrict_codes, password_change_required, updated_at)
                VALUES (:username, :displayName, :hash, :posts, :department, :phone, :subdistricts, :temporary, :at)""")
                .param("username", account.username()).param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("posts", postNames(List.copyOf(account.posts())))
                .param("department", account.departmentCode()).param("phone", account.phone())
                .param("subdistricts", account.subdistrictCodes().toArray(String[]::new))
                .param("temporary", temporary)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Marks the account's password as one to replace at the next sign-in. */
    void requirePasswordChange(String username) {
        jdbc.sql("UPDATE identity_user SET password_change_required = TRUE WHERE username = :username")
                .param("username", username).update();
    }

    @Override
    public Optional<Account> find(String username) {
        return findStored(username).map(stored -> new Account(stored.username(), stored.displayName(),
                stored.posts(), stored.departmentCode(), stored.enabled()));
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT username, display_name FROM identity_user WHERE username = ANY(:usernames)")
                .param("usernames", usernames.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }

    /** The stored account of the username, enabled or not. */
    Optional<StoredAccount> findStored(String username) {
        return jdbc.sql(SELECT + " WHERE username = :username")
                .param("username", username)
                .query(JdbcAccounts::stored)
                .optional();
    }

    /**
     * The accounts holding the post (any post when {@code null}) of the department (any when
     * {@code null}), ordered by username.
     */
    List<StoredAccount> list(Post post, String departmentCode) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:post AS TEXT) IS NULL OR posts @> ARRAY[CAST(:post AS TEXT)])
                   AND (CAST(:department AS TEXT) IS NULL OR department_code = :department)
                ORDER BY username""")
                .param("post", post == null ? null : post.name())
                .param("department", departmentCode)
                .query(JdbcAccounts::stored)
                .list();
    }

    private static final String SELECT = """
            SELECT username, display_name, password_hash, posts, department_code, enabled, phone,
                   subdistrict_codes, password_change_required, revoked_before, version
            FROM identity_user""";

    private static StoredAccount stored(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_before");
        return new StoredAccount(rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), postsOf((String[]) rs.getArray("posts").getArray()),
                rs.getString("department_code"), rs.getBoolean("enabled"), rs.getString("phone"),
                List.of((String[]) rs.getArray("subdistrict_codes").getArray()),
                rs.getBoolean("password_change_required"), revoked == null ? null : revoked.toInstant(),
                rs.getInt("version"));
    }

    /** Whether at least one enabled account holds the administrator post. */
    boolean anyEnabledAdministrator() {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM identity_user
                               WHERE enabled AND posts @> ARRAY[CAST(:post AS TEXT)])""")
                .param("post", Post.ADMINISTRATOR.name())
                .query(Boolean.class)
                .single();
    }

    private static Set<Post> postsOf(String[] names) {
        return Arrays.stream(names).map(Post::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static String[] postNames(List<Post> posts) {
        return posts.stream().map(Post::name).sorted().toArray(String[]::new);
    }
}
