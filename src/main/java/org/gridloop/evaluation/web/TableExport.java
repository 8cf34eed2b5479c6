package org.gridloop.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridloop.CsvLines;
import org.gridloop.DomainException;
import org.gridloop.evaluation.internal.Scorecard;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A table of the evaluation (a scorecard, a ranking, a table of the dashboard) as a spreadsheet:
 * one column per field with headers in the user's language, then the lines. In .xlsx, counts are
 * whole numbers, rates percentages with one decimal, scores one decimal, amounts in yuan; in CSV
 * (UTF-8 with a byte order mark, for Excel) the same values written out.
 */
final class TableExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A column: the field of the lines it shows, its header, how its values are shown. */
    record Column(String field, String header, ColumnFormat format) {
    }

    private final String fileName;
    private final String sheetName;
    private final List<Column> columns;
    private final List<Map<String, Object>> lines;
    private final int frozenColumns;

    /**
     * @param fileName      the attachment's name without its extension
     * @param frozenColumns how many leading columns stay in view when the sheet scrolls sideways
     */
    TableExport(String fileName, String sheetName, List<Column> columns, List<Map<String, Object>> lines,
            int frozenColumns) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.lines = lines;
        this.frozenColumns = frozenColumns;
    }

    /** A scorecard: its rows, the roll-ups and the total, each field in the format its name tells. */
    static TableExport of(Scorecard card, MessageSource messages, Locale locale) {
        Set<String> fields = new LinkedHashSet<>();
        card.rows().forEach(row -> fields.addAll(row.keySet()));
        card.rollups().forEach(row -> fields.addAll(row.keySet()));
        fields.addAll(card.total().keySet());
        List<Column> columns = fields.stream().map(field -> new Column(field,
                messages.getMessage("evaluation.column." + field, null, field, locale), ColumnFormat.of(field)))
                .toList();
        List<Map<String, Object>> lines = new ArrayList<>(card.rows());
        lines.addAll(card.rollups());
        Map<String, Object> total = new LinkedHashMap<>(card.total());
        total.put("name", messages.getMessage("evaluation.total", null, "Total", locale));
        lines.add(total);
        return new TableExport("scorecard-" + card.object().path + "-" + fileSafe(card.period().text()), "scorecard",
                columns, lines, 2);
    }

    /** A period's text as part of a file name: a range's dots become an underscore. */
    static String fileSafe(String period) {
        return period.replace("..", "_");
    }

    /**
     * Answers the table as an attachment: CSV when {@code format} is {@code csv}, .xlsx when it is
     * {@code xlsx}.
     *
     * @throws DomainException INVALID on {@code format} for any other format, before anything is written
     */
    void send(String format, HttpServletResponse response) throws IOException {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw DomainException.invalidField("format", "evaluation.export.format", "xlsx or csv");
        }
        boolean csv = format.equals("csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName
                + (csv ? ".csv" : ".xlsx") + "\"");
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            csv(response.getOutputStream());
        } else {
            response.setContentType(XLSX);
            xlsx(response.getOutputStream());
        }
    }

    void xlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Map<ColumnFormat, CellStyle> styles = new EnumMap<>(ColumnFormat.class);
            for (ColumnFormat format : ColumnFormat.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(switch (format) {
                    case COUNT -> "0";
                    case PERCENT -> "0.0%";
                    case DECIMAL -> "0.0";
                    case MONEY -> "#,##0.00";
                    case TEXT -> "@";
                }));
                styles.put(format, style);
            }
            Row top = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = lines.get(r).get(column.field());
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number && column.format() != ColumnFormat.TEXT) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(column.format().text(value));
                    }
                    cell.setCellStyle(styles.get(column.format()));
                }
            }
            sheet.createFreezePane(frozenColumns, 1);
            workbook.write(out);
        }
    }

    void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(columns.stream().map(Column::header).toList()));
        for (Map<String, Object> values : lines) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(csvValue(values.get(column.field()), column.format()));
            }
            writer.write(line(cells));
        }
        writer.flush();
    }

    private static String csvValue(Object value, ColumnFormat format) {
        String text = format.text(value);
        return !text.isEmpty() && value instanceof String && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(CsvLines::field).toList()) + "\r\n";
    }
}
