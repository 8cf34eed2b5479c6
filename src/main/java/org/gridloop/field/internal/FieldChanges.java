package org.gridloop.field.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change log of the field app ({@code field_change}) and what it keeps to write it: the open
 * task of each case and the reporter of each field report.
 */
@Repository
class FieldChanges {

    /** The log's subjects. */
    static final String VERIFICATION = "verification";
    static final String CHECK = "check";
    static final String REPORT = "report";

    /** A task's states in the log; a report's change carries no state of its own. */
    static final String OPEN = "open";
    static final String DONE = "done";
    static final String WITHDRAWN = "withdrawn";
    static final String CHANGED = "changed";

    /** Serializes the writers of the log, so that sequence order is commit order. */
    private static final long WRITE_LOCK = 0x6669656C64L;

    /** One row of the log. */
    record Change(long sequence, String caseNumber, String subject, String state) {
    }

    private final JdbcClient jdbc;

    FieldChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the log's write lock until the current transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", WRITE_LOCK).query(Object.class).single();
    }

    void append(String inspector, String caseNumber, String subject, String state, Instant at) {
        jdbc.sql("INSERT INTO field_change (inspector, case_number, subject, state, changed_at) "
                + "VALUES (:inspector, :caseNumber, :subject, :state, :at)").param("inspector", inspector)
                .param("caseNumber", caseNumber).param("subject", subject).param("state", state)
                .param("at", Timestamp.from(at)).update();
    }

    /** The rows of one inspector after the cursor, oldest first. */
    List<Change> since(String inspector, long cursor, int limit) {
        return jdbc.sql("SELECT sequence, case_number, subject, state FROM field_change WHERE inspector = :inspector "
                + "AND sequence > :cursor ORDER BY sequence LIMIT :limit").param("inspector", inspector)
                .param("cursor", cursor).param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The latest sequence of the whole log: a cursor that has seen everything so far. */
    long latest() {
        return jdbc.sql("SELECT coalesce(max(sequence), 0) FROM field_change").query(Long.class).single();
    }

    Optional<String> openTask(String caseNumber, String subject) {
        return jdbc.sql("SELECT inspector FROM field_open_task WHERE case_number = :caseNumber AND subject = :subject")
                .param("caseNumber", caseNumber).param("subject", subject).query(String.class).optional();
    }

    void open(String caseNumber, String subject, String inspector) {
        jdbc.sql("INSERT INTO field_open_task (case_number, subject, inspector) VALUES (:caseNumber, :subject, "
                + ":inspector) ON CONFLICT (case_number, subject) DO UPDATE SET inspector = EXCLUDED.inspector")
                .param("caseNumber", caseNumber).param("subject", subject).param("inspector", inspector).update();
    }

    void close(String caseNumber, String subject) {
        jdbc.sql("DELETE FROM field_open_task WHERE case_number = :caseNumber AND subject = :subject")
                .param("caseNumber", caseNumber).param("subject", subject).update();
    }

    void reportedBy(String caseNumber, String reporter) {
        jdbc.sql("INSERT INTO field_report (case_number, reporter) VALUES (:caseNumber, :reporter) "
                + "ON CONFLICT DO NOTHING").param("caseNumber", caseNumber).param("reporter", reporter).update();
    }

    Optional<String> reporter(String caseNumber) {
        return jdbc.sql("SELECT reporter FROM field_report WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(String.class).optional();
    }

    /** The inspector's latest field reports, newest first. */
    List<String> latestReports(String reporter, int limit) {
        return jdbc.sql("SELECT case_number FROM field_report WHERE reporter = :reporter ORDER BY case_number DESC "
                + "LIMIT :limit").param("reporter", reporter).param("limit", limit).query(String.class).list();
    }
}
