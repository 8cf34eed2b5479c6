package org.gridloop.casework;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
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
     */
    void write(List<CaseFile> files, Instant now) {
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('casework_case', 'id')) "
                + "FROM generate_series(1, :n)").param("n", files.size()).query(Long.class).list();
        StringBuilder cases = new StringBuilder(files.size() * 600);
        StringBuilder entries = new StringBuilder(files.size() * 1200);
        for (int i = 0; i < files.size(); i++) {
            CaseFile file = files.get(i);
            long id = ids.get(i);
            caseRow(cases, id, file, now);
            for (TimelineEntry entry : file.timeline()) {
                entryRow(entries, id, entry);
            }
        }
        copy(CASE_COPY, cases);
        copy(ENTRY_COPY, entries);
    }

    /** Moves the numbering on past the imported numbers, so no new case is given one of them. */
    void reserveNumbers(long highestSequence) {
        jdbc.sql("SELECT setval('casework_case_number_seq', GREATEST(:highest, "
                + "(SELECT last_value FROM casework_case_number_seq)))").param("highest", highestSequence)
                .query(Long.class).single();
    }

    private static void caseRow(StringBuilder out, long id, CaseFile file, Instant now) {
        CaseFacts facts = file.facts();
        CaseProgress progress = file.progress();
        CaseClock clock = file.runningClock();
        List<TimelineEntry> timeline = file.timeline();
        Row row = new Row(out);
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

    private static void entryRow(StringBuilder out, long id, TimelineEntry entry) {
        new Row(out).add(id).add(entry.sequence()).add(entry.action()).add(entry.from()).add(entry.to())
                .add(entry.actor()).add(entry.post()).add(entry.at()).add(entry.latitude()).add(entry.longitude())
                .add(entry.department()).add(entry.inspector()).add(entry.outcome()).add(entry.stage())
                .add(entry.onTime()).end();
    }

    private void copy(String sql, StringBuilder rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY of imported cases failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
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
