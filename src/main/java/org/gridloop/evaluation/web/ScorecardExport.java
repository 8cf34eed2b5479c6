package org.gridloop.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.gridloop.evaluation.internal.Scorecard;
import org.springframework.context.MessageSource;

/**
 * A scorecard as a spreadsheet: one column per field of its rows with headers in the user's
 * language, the rows, the roll-ups and the total. In .xlsx, counts are whole numbers, rates
 * percentages with one decimal, scores one decimal, amounts in yuan; in CSV (UTF-8 with a byte
 * order mark, for Excel) the same values written out.
 */
final class ScorecardExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** How a column's values are shown. */
    enum Format {
        TEXT, COUNT, PERCENT, DECIMAL, MONEY;

        static Format of(String field) {
            if (Set.of("name", "grade", "mode", "teams", "subdistrict", "community", "grid", "department", "username",
                    "team", "vendor").contains(field)) {
                return TEXT;
            }
            if (field.equals("amount")) {
                return MONEY;
            }
            if (field.endsWith("Rate") || field.endsWith("Accuracy") || field.endsWith("Weighted")
                    || field.equals("attainment") || field.equals("share")) {
                return PERCENT;
            }
            if (field.endsWith("core") || field.equals("difficulty") || field.equals("quota")
                    || field.equals("reportsPerInspector")) {
                return DECIMAL;
            }
            return COUNT;
        }
    }

    private final List<String> fields;
    private final List<String> headers;
    private final List<Map<String, Object>> lines;

    ScorecardExport(Scorecard card, MessageSource messages, Locale locale) {
        Set<String> columns = new LinkedHashSet<>();
        card.rows().forEach(row -> columns.addAll(row.keySet()));
        card.rollups().forEach(row -> columns.addAll(row.keySet()));
        columns.addAll(card.total().keySet());
        fields = new ArrayList<>(columns);
        headers = fields.stream().map(field -> messages.getMessage("evaluation.column." + field, null, field, locale))
                .toList();
        lines = new ArrayList<>(card.rows());
        lines.addAll(card.rollups());
        Map<String, Object> total = new LinkedHashMap<>(card.total());
        total.put("name", messages.getMessage("evaluation.total", null, "Total", locale));
        lines.add(total);
    }

    void xlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("scorecard");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Map<Format, CellStyle> styles = new EnumMap<>(Format.class);
            for (Format format : Format.values()) {
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
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < fields.size(); i++) {
                    Object value = lines.get(r).get(fields.get(i));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    Format format = Format.of(fields.get(i));
                    if (value instanceof Number number && format != Format.TEXT) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(text(value));
                    }
                    cell.setCellStyle(styles.get(format));
                }
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
        }
    }

    void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(headers));
        for (Map<String, Object> values : lines) {
            List<String> cells = new ArrayList<>(fields.size());
            for (String field : fields) {
                cells.add(csvValue(values.get(field), Format.of(field)));
            }
            writer.write(line(cells));
        }
        writer.flush();
    }

    private static String csvValue(Object value, Format format) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return switch (format) {
                case PERCENT -> String.format(Locale.ROOT, "%.1f%%", number.doubleValue() * 100);
                case DECIMAL -> String.format(Locale.ROOT, "%.1f", number.doubleValue());
                case MONEY -> ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString();
                default -> number.toString();
            };
        }
        String text = text(value);
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(CsvLines::field).toList()) + "\r\n";
    }
}
