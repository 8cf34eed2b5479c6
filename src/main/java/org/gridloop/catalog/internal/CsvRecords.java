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

    private static final int END = -1;

    private final Reader reader;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean fieldQuoted;
    private int line = 1;
    private int recordLine = 1;

    private CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** All records of the input, blank lines skipped. */
    static List<CsvRecord> read(Reader reader) {
        try {
            return new CsvRecords(reader).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CsvRecord> parse() throws IOException {
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != END) {
            if (c == '"') {
                c = quotedField();
                continue;
            }
            if (c == ',') {
                endField();
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && reader.read() != '\n') {
                    throw new MalformedCsvException(line, "a carriage return without line feed");
                }
                endRecord();
                line++;
                recordLine = line;
            } else if (fieldQuoted) {
                throw new MalformedCsvException(line, "text after the closing quote of a field");
            } else {
                field.append((char) c);
            }
            c = reader.read();
        }
        if (field.length() > 0 || fieldQuoted || !fields.isEmpty()) {
            endRecord();
        }
        return records;
    }

    /** Reads a quoted field from after its opening quote; returns the character after its closing quote. */
    private int quotedField() throws IOException {
        if (field.length() > 0 || fieldQuoted) {
            throw new MalformedCsvException(line, "a quote inside an unquoted field");
        }
        fieldQuoted = true;
        int c = reader.read();
        while (true) {
            if (c == END) {
                throw new MalformedCsvException(recordLine, "a quoted field that is never closed");
            }
            if (c == '"') {
                c = reader.read();
                if (c != '"') {
                    return c;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
            c = reader.read();
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        fieldQuoted = false;
    }

    private void endRecord() {
        endField();
        if (fields.size() > 1 || !fields.get(0).isEmpty()) {
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        fields = new ArrayList<>();
    }
}
