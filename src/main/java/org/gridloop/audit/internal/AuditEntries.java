package org.gridloop.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log, newest first, a page at a time. */
@Repository
public class AuditEntries {

    /** The most entries one read returns. */
    public static final int MAX_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The entries matching the query, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.from() != null) {
            conditions.add("at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        equal(conditions, params, "actor", query.actor());
        equal(conditions, params, "object", query.object());
        equal(conditions, params, "object_id", query.objectId());
        equal(conditions, params, "action", query.action());
        if (query.before() != null) {
            conditions.add("id < :before");
            params.put("before", query.before());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        params.put("limit", Math.max(1, Math.min(query.limit(), MAX_LIMIT)));
        return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT :limit")
                .params(params).query((rs, row) -> entry(rs)).list();
    }

    /** The kinds of object recorded so far, for the page's filter. */
    public List<String> objects() {
        return jdbc.sql("SELECT DISTINCT object FROM audit_entry ORDER BY object").query(String.class).list();
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + column);
            params.put(column, value.strip());
        }
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("address"), rs.getString("object"), rs.getString("object_id"), rs.getString("action"),
                node(rs.getString("before")), node(rs.getString("after")));
    }

    private JsonNode node(String text) {
        return text == null ? null : json.readTree(text);
    }
}
