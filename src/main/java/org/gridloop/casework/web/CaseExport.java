package org.gridloop.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridloop.casework.CaseSummary;
import org.springframework.context.MessageSource;

/**
 * The cases of a search as a file for a spreadsheet: CSV (UTF-8 with a byte order mark, so that
 * Excel reads the Chinese) or .xlsx, with headers and values in the user's language and times in
 * Asia/Shanghai.
 */
final class CaseExport {

    /** A column: the message code of its header and its value for a case. */
    private record Column(String header, Function<CaseSummary, String> value) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final List<Column> columns;
    private final List<String> headers;

    CaseExport(MessageSource messages, Locale locale, Map<String, String> departmentNames) {
        Function<String, String> message = code -> messages.getMessage(code, null, code, locale);
        columns = List.of(
                new Column("list.number", CaseSummary::number),
                new Column("list.status", c -> message.apply("case.status." + c.status())),
                new Column("export.kind", c -> message.apply("catalog.kind." + c.kind())),
                new Column("export.categoryCode", CaseSummary::categoryCode),
                new Column("export.categoryName", CaseSummary::categoryName),
                new Column("list.subdistrict", CaseSummary::subdistrictName),
                new Column("export.community", CaseSummary::communityName),
                new Column("export.grid", CaseSummary::gridCode),
                new Column("export.address", CaseSummary::address),
                new Column("export.channel", c -> message.apply("case.channel." + c.channel())),
                new Column("list.department", c -> c.department() == null ? ""
                        : departmentNames.getOrDefault(c.department(), c.department())),
                new Column("export.reportedAt", c -> time(c.reportedAt())),
                new Column("export.stage", c -> c.stage() == null ? "" : message.apply("stage." + c.stage())),
                new Column("list.light", c -> c.light() == null ? "" : message.apply("light." + c.light())),
                new Column("export.dueAt", c -> time(c.dueAt())),
                new Column("export.description", CaseSummary::description));
        headers = columns.stream().map(column -> message.apply(column.header())).toList();
    }

    void csv(List<CaseSummary> cases, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, headers);
        for (CaseSummary summary : cases) {
            line(writer, values(summary));
        }
        writer.flush();
    }

    void xlsx(List<CaseSummary> cases, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("cases");
            write(sheet.createRow(0), headers);
            int row = 1;
            for (CaseSummary summary : cases) {
                write(sheet.createRow(row++), values(summary));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private List<String> values(CaseSummary summary) {
        List<String> values = new ArrayList<>(columns.size());
        columns.forEach(column -> {
            String value = column.value().apply(summary);
            values.add(value == null ? "" : value);
        });
        return values;
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /** One CSV line (RFC 4180); a value a spreadsheet would run as a formula is quoted as text. */
    private static void line(Writer writer, List<String> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i);
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        writer.write(line.append("\r\n").toString());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
