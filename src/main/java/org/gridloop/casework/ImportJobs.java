package org.gridloop.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of the legacy imports, each change written and committed in a transaction of its own
 * ({@code REQUIRES_NEW}), so that an import's progress is visible while the transaction writing
 * its cases is still open. An import still running that has not moved for ten minutes was cut
 * off with its node (its transaction rolled back with the connection) and reads as failed.
 */
@Repository
class ImportJobs {

    /** A running import that has not moved for this long was cut off and counts as failed. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    /** The failure of an import cut off with its node. */
    static final String CUT_OFF = "caseImport.cutOff";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records a new running import of {@code total} cases. */
    ImportJob start(long total, String requestedBy) {
        return ownTransaction.execute(status -> {
            long id = jdbc.sql("""
                    INSERT INTO casework_import (state, total, requested_by, requested_at, updated_at)
                    VALUES ('RUNNING', :total, :by, :now, :now) RETURNING id""")
                    .param("total", total).param("by", requestedBy).param("now", now()).query(Long.class).single();
            return read(id).orElseThrow();
        });
    }

    /** Records that {@code done} cases are written. */
    void progress(long id, long done) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "UPDATE casework_import SET done = :done, updated_at = :now WHERE id = :id AND state = 'RUNNING'")
                .param("done", done).param("now", now()).param("id", id).update());
    }

    /**
     * Records, in the current transaction (the one writing the cases, as its last statement), that
     * every case is written: the import is done exactly when its cases are committed.
     */
    void finishWithin(long id) {
        jdbc.sql("""
                UPDATE casework_import SET state = 'DONE', done = total, finished_at = :now, updated_at = :now
                WHERE id = :id""").param("now", now()).param("id", id).update();
    }

    /** Records that the import stopped and kept nothing, with why (a message code). */
    void fail(long id, String failure) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                UPDATE casework_import SET state = 'FAILED', done = 0, failure = :failure, finished_at = :now,
                    updated_at = :now
                WHERE id = :id""").param("failure", failure).param("now", now()).param("id", id).update());
    }

    /** The import with this id, marked failed first if it was cut off. */
    Optional<ImportJob> find(long id) {
        return ownTransaction.execute(status -> {
            Timestamp now = now();
            jdbc.sql("""
                    UPDATE casework_import SET state = 'FAILED', done = 0, failure = :failure, finished_at = :now,
                        updated_at = :now
                    WHERE id = :id AND state = 'RUNNING'
                      AND updated_at < CAST(:now AS TIMESTAMPTZ) - make_interval(secs => :abandoned)""")
                    .param("failure", CUT_OFF).param("now", now).param("abandoned", ABANDONED_AFTER.toSeconds())
                    .param("id", id).update();
            return read(id);
        });
    }

    private Optional<ImportJob> read(long id) {
        return jdbc.sql("SELECT * FROM casework_import WHERE id = :id").param("id", id)
                .query((rs, n) -> job(rs)).optional();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getLong("id"), ImportJob.State.valueOf(rs.getString("state")), rs.getLong("done"),
                rs.getLong("total"), rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
                instant(finished), rs.getString("failure"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
