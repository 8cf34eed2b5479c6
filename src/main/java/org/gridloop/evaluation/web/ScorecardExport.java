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
import org.gridloop.evaluation.internal.Scorecard;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A scorecard as a spreadsheet: one column per field of its rows with headers in the user's
 * language, the rows, the roll-ups and the total. In .xlsx, counts are whole numbers, rates
 * percentages with one decimal, scores one decimal, amounts in yuan; in CSV (UTF-8 with a byte
 * order mark, for Excel) the same values written out.
 */
final class ScorecardExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String fileName;
    private final List<String> fields;
    private final List<String> headers;
    private final List<Map<String, Object>> lines;

    ScorecardExport(Scorecard card, MessageSource messages, Locale locale) {
        fileName = "scorecard-" + card.object().path + "-" + card.period().text().replace("..", "_");
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

    /**
     * Answers the scorecard as an attachment: CSV when {@code format} is {@code csv}, else .xlsx,
     * named after the object and the period.
     */
    void send(String format, HttpServletResponse response) throws IOException {
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
            Sheet sheet = workbook.createSheet("scorecard");
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
                    ColumnFormat format = ColumnFormat.of(fields.get(i));
                    if (value instanceof Number number && format != ColumnFormat.TEXT) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(format.text(value));
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
                cells.add(csvValue(values.get(field), ColumnFormat.of(field)));
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
