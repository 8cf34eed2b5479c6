package org.gridloop.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridloop.CsvLines;

/**
 * The rows of an uploaded table as text: the first sheet of an .xlsx workbook, or CSV in UTF-8
 * (with or without a byte order mark) or in GB18030, as Excel saves "CSV" on Chinese Windows.
 * Each row keeps the number a spreadsheet shows it under (the first is 1).
 */
final class Spreadsheet {

    /** One row of the table. */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Spreadsheet() {
    }

    /** @throws IllegalArgumentException when the bytes are neither a workbook nor text */
    static List<Line> read(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return workbook(bytes);
        }
        List<List<String>> rows = CsvLines.parse(text(bytes));
        List<Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new Line(i + 1, rows.get(i).stream().map(String::strip).toList()));
        }
        return lines;
    }

    private static List<Line> workbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            return lines;
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("not a readable .xlsx workbook", unreadable);
        }
    }

    private static String text(byte[] bytes) {
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decode(bytes, Charset.forName("GB18030"));
            } catch (CharacterCodingException neither) {
                throw new IllegalArgumentException("neither UTF-8 nor GB18030 text", neither);
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
