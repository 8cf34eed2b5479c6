package org.gridloop.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas,
 * quotes doubled and line breaks), each with the line it starts on. A leading byte order mark is
 * skipped; blank lines are no records.
 */
final class ImportFile {

    /** One record and the line (from 1) it starts on. */
    record Row(int line, List<String> fields) {
    }

    /** A quoted field left open at the end of the text. */
    static final class Unterminated extends RuntimeException {

        final int line;

        Unterminated(int line) {
            super("quoted field not closed");
            this.line = line;
        }
    }

    private ImportFile() {
    }

    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int rowLine = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int quoteLine = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                blank = true;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                blank = false;
            }
        }
        if (quoted) {
            throw new Unterminated(quoteLine);
        }
        if (!blank || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
