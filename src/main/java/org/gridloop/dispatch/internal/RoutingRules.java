package org.gridloop.dispatch.internal;

import java.util.List;

import org.gridloop.catalog.CategoryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing rules stored in {@code dispatch_routing_rule}, per scheme. */
@Repository
class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoutingRule> of(String scheme) {
        return jdbc.sql("""
                SELECT category_kind, class_code, major_code, subdistrict_code, department_code
                FROM dispatch_routing_rule WHERE scheme_id = :scheme ORDER BY id""")
                .param("scheme", scheme)
                .query((rs, n) -> new RoutingRule(CategoryKind.valueOf(rs.getString("category_kind")),
                        rs.getString("class_code"), rs.getString("major_code"), rs.getString("subdistrict_code"),
                        rs.getString("department_code")))
                .list();
    }

    boolean exist(String scheme) {
        return jdbc.sql("SELECT count(*) FROM dispatch_routing_rule WHERE scheme_id = :scheme")
                .param("scheme", scheme).query(Integer.class).single() > 0;
    }

    void add(String scheme, RoutingRule rule) {
        jdbc.sql("""
                INSERT INTO dispatch_routing_rule (scheme_id, category_kind, class_code, major_code, subdistrict_code, department_code)
                VALUES (:scheme, :kind, :classCode, :majorCode, :subdistrict, :department)""")
                .param("scheme", scheme)
                .param("kind", rule.kind().name())
                .param("classCode", rule.classCode())
                .param("majorCode", rule.majorCode())
                .param("subdistrict", rule.subdistrictCode())
                .param("department", rule.departmentCode())
                .update();
    }
}
