package org.gridloop.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gridloop.catalog.CategoryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The routing rules stored in {@code dispatch_routing_rule}, per scheme, and the revision that
 * every change raises so that the other nodes reload them.
 */
@Repository
class RoutingRules {

    private static final String COLUMNS = "id, category_kind, class_code, major_code, subdistrict_code, department_code";

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoutingRule> of(String scheme) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch_routing_rule WHERE scheme_id = :scheme ORDER BY id")
                .param("scheme", scheme)
                .query((rs, n) -> rule(rs))
                .list();
    }

    Optional<RoutingRule> find(String scheme, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch_routing_rule WHERE scheme_id = :scheme AND id = :id")
                .param("scheme", scheme).param("id", id)
                .query((rs, n) -> rule(rs))
                .optional();
    }

    boolean exist(String scheme) {
        return jdbc.sql("SELECT count(*) FROM dispatch_routing_rule WHERE scheme_id = :scheme")
                .param("scheme", scheme).query(Integer.class).single() > 0;
    }

    /** Stores a new rule and raises the revision; the stored rule with its id. */
    RoutingRule add(String scheme, RoutingRule rule) {
        long id = jdbc.sql("""
                INSERT INTO dispatch_routing_rule (scheme_id, category_kind, class_code, major_code, subdistrict_code, department_code)
                VALUES (:scheme, :kind, :classCode, :majorCode, :subdistrict, :department)
                RETURNING id""")
                .param("scheme", scheme)
                .param("kind", rule.kind().name())
                .param("classCode", rule.classCode())
                .param("majorCode", rule.majorCode())
                .param("subdistrict", rule.subdistrictCode())
                .param("department", rule.departmentCode())
                .query(Long.class).single();
        raiseRevision();
        return new RoutingRule(id, rule.kind(), rule.classCode(), rule.majorCode(), rule.subdistrictCode(),
                rule.departmentCode());
    }

    /** Replaces the stored rule with the same id and raises the revision. */
    void replace(String scheme, RoutingRule rule) {
        jdbc.sql("""
                UPDATE dispatch_routing_rule SET category_kind = :kind, class_code = :classCode,
                    major_code = :majorCode, subdistrict_code = :subdistrict, department_code = :department
                WHERE scheme_id = :scheme AND id = :id""")
                .param("scheme", scheme)
                .param("id", rule.id())
                .param("kind", rule.kind().name())
                .param("classCode", rule.classCode())
                .param("majorCode", rule.majorCode())
                .param("subdistrict", rule.subdistrictCode())
                .param("department", rule.departmentCode())
                .update();
        raiseRevision();
    }

    void delete(String scheme, long id) {
        jdbc.sql("DELETE FROM dispatch_routing_rule WHERE scheme_id = :scheme AND id = :id")
                .param("scheme", scheme).param("id", id).update();
        raiseRevision();
    }

    /** The revision of the rules, raised by every change. */
    long revision() {
        return jdbc.sql("SELECT revision FROM dispatch_routing_revision").query(Long.class).single();
    }

    private void raiseRevision() {
        jdbc.sql("UPDATE dispatch_routing_revision SET revision = revision + 1").update();
    }

    private static RoutingRule rule(ResultSet rs) throws SQLException {
        return new RoutingRule(rs.getLong("id"), CategoryKind.valueOf(rs.getString("category_kind")),
                rs.getString("class_code"), rs.getString("major_code"), rs.getString("subdistrict_code"),
                rs.getString("department_code"));
    }
}
