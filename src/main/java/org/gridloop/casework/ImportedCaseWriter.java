package org.gridloop.casework;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes replayed cases and their timelines with {@code COPY}, in the current transaction: the
 * same rows {@link CaseFiles} stores for a live case, without one statement per case.
 */
@Repository
class ImportedCaseWriter {

    private static final String CASE_COPY = "COPY casework_case (id, number, version, status, kind, scheme, "
            + "category_code, category_name, major_name, latitude, longitude, pinned, grid_code, community_code, "
            + "community_name, subdistrict_code, subdistrict_name, description, channel, reporter, reported_at, "
            + "updated_at, department_code, verified, dispatch_count, return_count, rework_count, urgency, condition, "
            + "stage, stage_started_at, stage_yellow_at, stage_red_at, stage_due_at, stage_natural, stage_paused_at, "
            + "stage_alert, case_started_at, case_yellow_at, case_red_at, case_due_at, case_natural, case_paused_at, "
            + "closed_on_time) FROM STDIN";

    private static final String ENTRY_COPY = "COPY casework_timeline_entry (case_id, sequence, action, from_status, "
            + "to_status, actor, post, at, latitude, longitude, department_code, inspector, outcome, stage, on_time) "
            + "FROM STDIN";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ImportedCaseWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The numbers among {@code numbers} that a stored case already has. */
    List<String> existing(List<String> numbers) {
        return jdbc.sql("SELECT number FROM casework_case WHERE number = ANY (CAST(:numbers AS VARCHAR[]))")
                .param("numbers", numbers.toArray(String[]::new)).query(String.class).list();
    }

    /**
     * Writes the cases; their alerts count as raised for the lights they already show at
     * {@code now}, so a backlog of old open cases does not flood the supervision with notices.
     * Each table's rows go to the database as they are formatted, so it inserts while the next
     * are written.
     */
    void write(List<CaseFile> files, Instant now) {
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('casework_case', 'id')) "
                + "FROM generate_series(1, :n)").param("n", files.size()).query(Long.class).list();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            copy(copies, CASE_COPY, rows -> {
                for (int i = 0; i < files.size(); i++) {
                    caseRow(rows.row(), ids.get(i), files.get(i), now);
                }
            });
            copy(copies, ENTRY_COPY, rows -> {
                for (int i = 0; i < files.size(); i++) {
                    for (TimelineEntry entry : files.get(i).timeline()) {
                        entryRow(rows.row(), ids.get(i), entry);
                    }
                }
            });
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY of imported cases failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** What writes the rows of one {@code COPY}. */
    @FunctionalInterface
    private interface CopyRows {

        void write(CopyStream rows) throws SQLException;
    }

    private static void copy(CopyManager copies, String sql, CopyRows rows) throws SQLException {
        try (CopyStream stream = new CopyStream(copies.copyIn(sql))) {
            rows.write(stream);
            stream.finish();
        }
    }

    /** Moves the numbering on past the imported numbers, so no new case is given one of them. */
    void reserveNumbers(long highestSequence) {
        jdbc.sql("SELECT setval('casework_case_number_seq', GREATEST(:highest, "
                + "(SELECT last_value FROM casework_case_number_seq)))").param("highest", highestSequence)
                .query(Long.class).single();
    }

    private static void caseRow(Row row, long id, CaseFile file, Instant now) {
        CaseFacts facts = file.facts();
        CaseProgress progress = file.progress();
        CaseClock clock = file.runningClock();
        List<TimelineEntry> timeline = file.timeline();
        row.add(id).add(file.number().value()).add(0).add(file.status()).add(facts.kind()).add(facts.scheme())
                .add(facts.categoryCode()).add(facts.categoryName()).add(facts.majorName())
                .add(facts.location().latitude()).add(facts.location().longitude()).add(false);
        if (facts.place() == null) {
            row.add(null).add(null).add(null).add(null).add(null);
        } else {
            row.add(facts.place().grid().value()).add(facts.place().communityCode()).add(facts.place().communityName())
                    .add(facts.subdistrictCode()).add(facts.place().subdistrictName());
        }
        row.add(facts.description()).add(facts.channel()).add(facts.reporter()).add(facts.reportedAt())
                .add(timeline.get(timeline.size() - 1).at()).add(progress.department()).add(progress.verified())
                .add(progress.dispatchCount()).add(progress.returnCount()).add(progress.reworkCount())
                .add(progress.urgency()).add(progress.condition()).add(clock.stage());
        deadline(row, clock.stageDeadline());
        row.add(clock.stagePausedAt());
        Deadline stage = clock.stageDeadline();
        row.add(stage == null ? 0 : Timekeeper.alertLevel(stage, clock.stagePausedAt() != null ? clock.stagePausedAt()
                : now));
        deadline(row, clock.caseDeadline());
        row.add(clock.casePausedAt()).add(clock.closedOnTime()).end();
    }

    private static void deadline(Row row, Deadline deadline) {
        if (deadline == null) {
            row.add(null).add(null).add(null).add(null).add(null);
        } else {
            row.add(deadline.startedAt()).add(deadline.yellowAt()).add(deadline.redAt()).add(deadline.dueAt())
                    .add(deadline.natural());
        }
    }

    private static void entryRow(Row row, long id, TimelineEntry entry) {
        row.add(id).add(entry.sequence()).add(entry.action()).add(entry.from()).add(entry.to())
                .add(entry.actor()).add(entry.post()).add(entry.at()).add(entry.latitude()).add(entry.longitude())
                .add(entry.department()).add(entry.inspector()).add(entry.outcome()).add(entry.stage())
                .add(entry.onTime()).end();
    }

    /**
     * The rows of one {@code COPY}, sent in chunks of about {@value #CHUNK} characters; closed
     * before it is finished, it cancels the {@code COPY}.
     */
    private static final class CopyStream implements AutoCloseable {

        private static final int CHUNK = 1 << 16;

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4_096);

        CopyStream(CopyIn copy) {
            this.copy = copy;
        }

        /** A new row, after the rows before it were sent if they fill a chunk. */
        Row row() throws SQLException {
            if (buffer.length() >= CHUNK) {
                send();
            }
            return new Row(buffer);
        }

        void finish() throws SQLException {
            send();
            copy.endCopy();
        }

        private void send() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class Row {

        private final StringBuilder out;
        private boolean first = true;

        Row(StringBuilder out) {
            this.out = out;
        }

        Row add(Object value) {
            if (!first) {
                out.append('\t');
            }
            first = false;
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Enum<?> constant) {
                out.append(constant.name());
            } else if (value instanceof String text) {
                escape(text);
            } else {
                out.append(value);
            }
            return this;
        }

        void end() {
            out.append('\n');
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }
}
