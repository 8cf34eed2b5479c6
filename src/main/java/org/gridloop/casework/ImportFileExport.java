package org.gridloop.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.gridloop.Period;
import org.gridloop.intake.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export of cases as a legacy import file (历史数据导出): one case a row, under the header
 * and in the columns {@link CaseImport} reads, so that another platform (or this one, emptied)
 * imports them. Each row holds the last time of each step, the department of the last dispatch
 * and the approved returns, cut where the case's status stands, so that the import takes every
 * row whose status it can take (ADR 57).
 *
 * <p>What the columns cannot hold is not written: reworks (only the last handling and the passed
 * check are), extensions, suspensions and their resumes, the departments of earlier dispatches,
 * verifications, urges, notes, descriptions, photos, and who took each step but the report.
 * Cases left in a status the import refuses (verifying, return requested, suspension requested,
 * suspended, merged), and self-handled cases, which reached no intake step, are written as they
 * are; the import names their lines.
 */
@Service
public class ImportFileExport {

    /** Rows fetched from the database at a time. */
    static final int FETCH = 1_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final String CASES = """
            SELECT c.number, c.channel, c.kind, c.category_code, c.latitude, c.longitude, c.reported_at, c.reporter,
                   c.status,
                   max(t.at) FILTER (WHERE t.action = 'ACCEPT') AS accepted_at,
                   max(t.at) FILTER (WHERE t.action = 'REGISTER') AS registered_at,
                   max(t.at) FILTER (WHERE t.action = 'DISPATCH') AS dispatched_at,
                   (array_agg(t.department_code ORDER BY t.sequence DESC)
                        FILTER (WHERE t.action = 'DISPATCH'))[1] AS department,
                   max(t.at) FILTER (WHERE t.action = 'REPORT_HANDLED') AS handled_at,
                   max(t.at) FILTER (WHERE t.action = 'CHECK' AND t.to_status = 'CHECKED') AS checked_at,
                   max(t.at) FILTER (WHERE t.to_status IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED'))
                        AS ended_at,
                   count(*) FILTER (WHERE t.action = 'APPROVE_RETURN') AS returns
            FROM casework_case c JOIN casework_timeline_entry t ON t.case_id = c.id
            %s
            GROUP BY c.id
            ORDER BY c.number
            """;

    /** Step columns, in workflow order, as {@link ImportedRows#HEADER} has them. */
    private static final List<String> STEPS = List.of("accepted_at", "registered_at", "dispatched_at", "handled_at",
            "checked_at");

    /** How many of {@link #STEPS} an open status has reached: the import wants none after them. */
    private static final Map<CaseStatus, Integer> REACHED = Map.of(CaseStatus.REPORTED, 0, CaseStatus.ACCEPTED, 1,
            CaseStatus.REGISTERED, 2, CaseStatus.DISPATCHED, 3, CaseStatus.HANDLED, 4, CaseStatus.CHECKING, 4,
            CaseStatus.CHECKED, 5, CaseStatus.REJECTED, 0, CaseStatus.DECLINED, 1);

    private final DataSource dataSource;

    ImportFileExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the cases reported in the period, in number order, a thousand rows fetched at a time.
     *
     * @param period the period the cases were reported in, {@code null} for every case
     */
    @Transactional(readOnly = true)
    public void write(Period period, Writer writer) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH);
        String sql = CASES.formatted(period == null ? "" : "WHERE c.reported_at >= ? AND c.reported_at < ?");
        Object[] bounds = period == null ? new Object[0]
                : new Object[] {Timestamp.from(period.from()), Timestamp.from(period.to())};
        StringBuilder line = new StringBuilder(256);
        try {
            writer.write(String.join(",", ImportedRows.HEADER));
            writer.write("\r\n");
            streaming.query(sql, rs -> {
                row(rs, line);
                try {
                    writer.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, bounds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(ResultSet rs, StringBuilder line) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        Channel channel = Channel.valueOf(rs.getString("channel"));
        String[] steps = new String[STEPS.size()];
        int reached = REACHED.getOrDefault(status, STEPS.size());
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i < reached ? time(rs, STEPS.get(i)) : "";
        }
        boolean dispatched = !steps[2].isEmpty();
        line.setLength(0);
        fields(line, rs.getString("number"), lower(channel.name()), lower(rs.getString("kind")),
                rs.getString("category_code"), Double.toString(rs.getDouble("latitude")),
                Double.toString(rs.getDouble("longitude")), time(rs, "reported_at"),
                channel == Channel.INSPECTOR ? rs.getString("reporter") : "", steps[0], steps[1], steps[2],
                dispatched ? rs.getString("department") : "", steps[3], steps[4], time(rs, "ended_at"),
                lower(status.name()), dispatched ? Long.toString(rs.getLong("returns")) : "");
    }

    private static void fields(StringBuilder line, String... values) {
        line.append(String.join(",", Arrays.stream(values).map(ImportFileExport::quoted).toList())).append("\r\n");
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String time(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? "" : OffsetDateTime.ofInstant(at.toInstant(), Period.ZONE).format(TIME);
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
