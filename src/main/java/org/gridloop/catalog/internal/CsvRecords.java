package org.gridloop.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values after RFC 4180: fields may be quoted, a quoted field may hold
 * commas, line breaks and doubled quotes ({@code ""}); records end with LF or CRLF. Each record
 * keeps the number of the line it starts on, so that errors can name it.
 */
final class CsvRecords {

    /** One record with the 1-based number of the line it starts on. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** The input is not well-formed CSV. */
    static final class MalformedCsvException extends RuntimeException {

        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    /** All records of the input, blank lines skipped. */
    static List<CsvRecord> read(Reader reader) {
        try {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CsvRecord> parse(Reader reader) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new MalformedCsvException(line, "a quote inside an unquoted field");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        throw new MalformedCsvException(line, "a carriage return without line feed");
                    }
                }
                fields.add(field.toString());
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else {
                if (fieldWasQuoted) {
                    throw new MalformedCsvException(line, "text after the closing quote of a field");
                }
                field.append((char) c);
            }
            c = reader.read();
        }
        if (quoted) {
            throw new MalformedCsvException(recordLine, "a quoted field that is never closed");
        }
        if (field.length() > 0 || fieldWasQuoted || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(records, recordLine, fields);
        }
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.size() > 1 || !fields.get(0).isEmpty()) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }
}
