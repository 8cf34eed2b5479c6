package org.gridloop.asset.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values after RFC 4180: fields in double quotes may hold commas, line breaks
 * and doubled quotes.
 */
final class Csv {

    /** A line of the file that cannot be read, with its 1-based line number. */
    static final class MalformedException extends RuntimeException {

        final int line;

        MalformedException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private Csv() {
    }

    /** The records of the text, each a list of fields; blank lines are skipped. */
    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
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
                if (field.length() > 0 || wasQuoted) {
                    throw new MalformedException(line, "a quote inside an unquoted field");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (!(fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted)) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedException(line, "a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    /** Appends the value as one field, quoted when needed; null as an empty field. */
    static StringBuilder appendField(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        if (value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return out.append(value);
    }
}
