package org.gridloop.timing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gridloop.casework.CaseStage;
import org.gridloop.casework.StageAlert;
import org.gridloop.timing.UrgeNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The urge notices: {@code timing_urge_notice}. */
@Repository
public class UrgeNoticeStore {

    private final JdbcClient jdbc;

    UrgeNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One overdue notice per alert, in one statement. */
    public void addOverdue(List<StageAlert> alerts, Instant at) {
        if (alerts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO timing_urge_notice (case_number, stage, kind, department_code, subdistrict_code, due_at,
                    urged_by, created_at)
                SELECT number, stage, 'OVERDUE', department, subdistrict, due_at, :system, :at
                FROM unnest(:numbers, :stages, :departments, :subdistricts, :dueAts)
                    AS alert(number, stage, department, subdistrict, due_at)
                ON CONFLICT DO NOTHING""")
                .param("numbers", alerts.stream().map(StageAlert::number).toArray(String[]::new))
                .param("stages", alerts.stream().map(alert -> alert.stage().name()).toArray(String[]::new))
                .param("departments", alerts.stream().map(StageAlert::department).toArray(String[]::new))
                .param("subdistricts", alerts.stream().map(StageAlert::subdistrictCode).toArray(String[]::new))
                .param("dueAts", alerts.stream().map(alert -> Timestamp.from(alert.dueAt())).toArray(Timestamp[]::new))
                .param("system", UrgeNotice.SYSTEM).param("at", Timestamp.from(at))
                .update();
    }

    public void addManual(String number, String department, String subdistrict, String note, String urgedBy,
            Instant at) {
        jdbc.sql("""
                INSERT INTO timing_urge_notice
                    (case_number, kind, department_code, subdistrict_code, note, urged_by, created_at)
                VALUES (:number, 'MANUAL', :department, :subdistrict, :note, :urgedBy, :at)
                ON CONFLICT DO NOTHING""")
                .param("number", number).param("department", department).param("subdistrict", subdistrict)
                .param("note", note)
                .param("urgedBy", urgedBy).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * The latest notices, of one department when {@code department} is given, of the
     * subdistricts when {@code subdistricts} is not empty.
     */
    public List<UrgeNotice> recent(String department, Set<String> subdistricts, int limit) {
        return jdbc.sql("""
                SELECT * FROM timing_urge_notice
                WHERE (CAST(:department AS VARCHAR) IS NULL OR department_code = :department)
                  AND (cardinality(CAST(:subdistricts AS VARCHAR[])) = 0
                       OR subdistrict_code = ANY (CAST(:subdistricts AS VARCHAR[])))
                ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("department", department).param("subdistricts", subdistricts.toArray(String[]::new))
                .param("limit", limit)
                .query((rs, n) -> notice(rs)).list();
    }

    public List<UrgeNotice> ofCase(String number) {
        return jdbc.sql("SELECT * FROM timing_urge_notice WHERE case_number = :number ORDER BY created_at, id")
                .param("number", number).query((rs, n) -> notice(rs)).list();
    }

    private static UrgeNotice notice(ResultSet rs) throws SQLException {
        String stage = rs.getString("stage");
        Timestamp dueAt = rs.getTimestamp("due_at");
        return new UrgeNotice(rs.getLong("id"), rs.getString("case_number"),
                stage == null ? null : CaseStage.valueOf(stage), UrgeNotice.Kind.valueOf(rs.getString("kind")),
                rs.getString("department_code"), rs.getString("subdistrict_code"),
                dueAt == null ? null : dueAt.toInstant(), rs.getString("note"), rs.getString("urged_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
