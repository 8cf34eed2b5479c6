package org.gridloop.asset.internal;

import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.asset.AssetIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gives out asset identifiers: one sequence per county (administrative code) and class, kept in
 * {@code asset_sequence}. Taking a number locks the sequence's row until the transaction ends,
 * so two registrations never get the same identifier.
 */
@Repository
public class AssetSequences {

    private final JdbcClient jdbc;

    AssetSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next identifier of the class in the county. */
    public AssetIdentifier next(String adminCode, String classCode) {
        int sequence = jdbc.sql("""
                        INSERT INTO asset_sequence (admin_code, class_code, last_value) VALUES (:admin, :class, 1)
                        ON CONFLICT (admin_code, class_code) DO UPDATE SET last_value = asset_sequence.last_value + 1
                        RETURNING last_value""")
                .param("admin", adminCode).param("class", classCode).query(Integer.class).optional()
                .orElseThrow();
        if (sequence > 999_999) {
            throw new DomainException(DomainException.Kind.CONFLICT, "asset.sequence.exhausted",
                    "No identifiers are left for this class in this county", classCode);
        }
        return AssetIdentifier.of(adminCode, classCode, sequence);
    }

    /**
     * Makes sure later identifiers follow the ones registered from outside (imports, the demo):
     * each sequence is raised to at least the highest number seen, keyed by admin code + class.
     */
    public void raiseTo(Map<String, Integer> highestByAdminAndClass) {
        highestByAdminAndClass.forEach((key, highest) -> jdbc.sql("""
                        INSERT INTO asset_sequence (admin_code, class_code, last_value) VALUES (:admin, :class, :value)
                        ON CONFLICT (admin_code, class_code)
                        DO UPDATE SET last_value = GREATEST(asset_sequence.last_value, EXCLUDED.last_value)""")
                .param("admin", key.substring(0, 6)).param("class", key.substring(6)).param("value", highest)
                .update());
    }

    /** Adds the identifier to the highest-number map given to {@link #raiseTo}. */
    public static void track(Map<String, Integer> highest, AssetIdentifier identifier) {
        highest.merge(identifier.adminCode() + identifier.classCode(), identifier.sequence(), Math::max);
    }
}
