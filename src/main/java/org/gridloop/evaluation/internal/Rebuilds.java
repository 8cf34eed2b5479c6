package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.gridloop.casework.CaseHistories;
import org.gridloop.casework.CaseHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full recomputations of the read model (重算): every case, in number order, a batch per
 * transaction, replaced from its timeline exactly as an event would. The read model stays
 * readable throughout; an event that arrives meanwhile replaces its case again from the same
 * or a longer timeline, so the result is the same. One rebuild runs at a time; one that has
 * not moved for ten minutes was cut off with its node and is marked failed when the next starts.
 */
@Service
public class Rebuilds {

    /** Where a rebuild stands. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    /** A rebuild's progress: {@code done} of {@code total} cases recomputed. */
    public record Progress(long id, State state, long done, long total) {
    }

    /** A running rebuild that has not moved for this long was cut off (its node stopped) and counts as failed. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final JdbcClient jdbc;
    private final CaseHistories histories;
    private final ReadModelRefresh refresh;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Clock clock;
    private final int batchSize;

    Rebuilds(JdbcClient jdbc, CaseHistories histories, ReadModelRefresh refresh, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
            @Value("${gridloop.evaluation.rebuild-batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.refresh = refresh;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Starts a rebuild in the background, or returns the one already running. */
    public Progress start(String requestedBy) {
        Started started = transactions.execute(status -> {
            jdbc.sql("LOCK TABLE evaluation_rebuild IN SHARE ROW EXCLUSIVE MODE").update();
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                    UPDATE evaluation_rebuild SET state = 'FAILED', finished_at = :now
                    WHERE state = 'RUNNING' AND updated_at < CAST(:now AS TIMESTAMPTZ) - make_interval(secs => :abandoned)""")
                    .param("now", now).param("abandoned", ABANDONED_AFTER.toSeconds()).update();
            Optional<Progress> running = jdbc.sql("SELECT * FROM evaluation_rebuild WHERE state = 'RUNNING'")
                    .query((rs, n) -> progress(rs)).optional();
            if (running.isPresent()) {
                return new Started(running.get(), false);
            }
            long id = jdbc.sql("""
                    INSERT INTO evaluation_rebuild (state, total, requested_by, requested_at, updated_at)
                    VALUES ('RUNNING', :total, :by, :now, :now) RETURNING id""")
                    .param("total", histories.count()).param("by", requestedBy).param("now", now)
                    .query(Long.class).single();
            return new Started(find(id).orElseThrow(), true);
        });
        if (started.created()) {
            executor.execute(() -> run(started.progress().id()));
        }
        return started.progress();
    }

    private record Started(Progress progress, boolean created) {
    }

    public Optional<Progress> find(long id) {
        return jdbc.sql("SELECT * FROM evaluation_rebuild WHERE id = :id").param("id", id)
                .query((rs, n) -> progress(rs)).optional();
    }

    private void run(long id) {
        try {
            String after = null;
            long done = 0;
            while (true) {
                String from = after;
                List<CaseHistory> batch = transactions.execute(status -> {
                    List<CaseHistory> cases = histories.after(from, batchSize);
                    refresh.replace(cases);
                    return cases;
                });
                if (batch.isEmpty()) {
                    break;
                }
                done += batch.size();
                after = batch.get(batch.size() - 1).number();
                jdbc.sql("""
                        UPDATE evaluation_rebuild SET done = :done, total = GREATEST(total, :done), updated_at = :now
                        WHERE id = :id""")
                        .param("done", done).param("now", Timestamp.from(clock.instant())).param("id", id).update();
            }
            finish(id, State.DONE);
        } catch (RuntimeException e) {
            log.error("Rebuild {} of the evaluation read model failed", id, e);
            finish(id, State.FAILED);
        }
    }

    private void finish(long id, State state) {
        jdbc.sql("UPDATE evaluation_rebuild SET state = :state, finished_at = :at, updated_at = :at WHERE id = :id")
                .param("state", state.name()).param("at", Timestamp.from(clock.instant())).param("id", id).update();
    }

    private static Progress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Progress(rs.getLong("id"), State.valueOf(rs.getString("state")), rs.getLong("done"),
                rs.getLong("total"));
    }
}
