package org.gridloop.catalog.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.catalog.internal.CsvRecords.CsvRecord;
import org.gridloop.catalog.internal.CsvRecords.MalformedCsvException;

/**
 * Reads and validates a category file: CSV with a header row naming the columns
 * {@code kind, major_code, major_name, sub_code, sub_name, disposal_time_limit_examples,
 * responsible_dept_type, dept_basis, scheme, code_full, source_ref, confidence, notes} in any
 * order. {@code kind} is {@code component} (asset) or {@code event} (incident); {@code scheme}
 * must be the source label of a declared scheme; {@code code_full} must be the major code
 * followed by the minor code, with the digits the scheme prescribes. Any fault refuses the
 * whole file, naming the line.
 */
final class CategoryFile {

    private static final List<String> COLUMNS = List.of("kind", "major_code", "major_name",
            "sub_code", "sub_name", "disposal_time_limit_examples", "responsible_dept_type",
            "dept_basis", "scheme", "code_full", "source_ref", "confidence", "notes");

    private static final List<String> REQUIRED = List.of("kind", "major_code", "major_name",
            "sub_code", "sub_name", "scheme", "code_full");

    private final Map<String, CodingScheme> schemesByLabel;

    CategoryFile(List<CodingScheme> schemes) {
        this.schemesByLabel = schemes.stream()
                .collect(Collectors.toMap(CodingScheme::sourceLabel, Function.identity()));
    }

    /** The classes of the file, in file order. */
    List<CategoryRow> read(Reader reader) {
        List<CsvRecord> records;
        try {
            records = CsvRecords.read(reader);
        } catch (MalformedCsvException e) {
            throw new CategoryFileException(e.line(), "catalog.import.malformed-csv", e.getMessage());
        }
        if (records.isEmpty()) {
            throw new CategoryFileException(1, "catalog.import.empty", "the file is empty");
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<CategoryRow> rows = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            CategoryRow row = row(record, columns);
            Integer first = firstLines.putIfAbsent(row.schemeId() + '|' + row.kind() + '|' + row.code(), row.line());
            if (first != null) {
                throw new CategoryFileException(row.line(), "catalog.import.duplicate",
                        "class " + row.code() + " was already defined on line " + first, row.code(), first);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).trim(), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new CategoryFileException(header.line(), "catalog.import.column-missing",
                        "the header lacks the column " + column, column);
            }
        }
        return columns;
    }

    private CategoryRow row(CsvRecord record, Map<String, Integer> columns) {
        int line = record.line();
        if (record.fields().size() != columns.size()) {
            throw new CategoryFileException(line, "catalog.import.field-count",
                    "expected " + columns.size() + " fields but found " + record.fields().size(),
                    columns.size(), record.fields().size());
        }
        Function<String, String> value = column -> record.fields().get(columns.get(column)).trim();
        for (String column : REQUIRED) {
            if (value.apply(column).isEmpty()) {
                throw new CategoryFileException(line, "catalog.import.value-missing",
                        "the column " + column + " is empty", column);
            }
        }
        CategoryKind kind = kind(line, value.apply("kind"));
        CodingScheme scheme = schemesByLabel.get(value.apply("scheme"));
        if (scheme == null) {
            throw new CategoryFileException(line, "catalog.import.scheme-unknown",
                    "unknown scheme " + value.apply("scheme"), value.apply("scheme"));
        }
        String code = value.apply("code_full");
        String majorCode = value.apply("major_code");
        requireCodes(line, scheme, code, majorCode, value.apply("sub_code"));
        return new CategoryRow(line, scheme.id(), kind, code, majorCode, value.apply("major_name"),
                value.apply("sub_name"), value.apply("disposal_time_limit_examples"),
                value.apply("responsible_dept_type"), value.apply("dept_basis"),
                value.apply("source_ref"), value.apply("confidence"), value.apply("notes"));
    }

    private static CategoryKind kind(int line, String value) {
        return switch (value) {
            case "component" -> CategoryKind.ASSET;
            case "event" -> CategoryKind.INCIDENT;
            default -> throw new CategoryFileException(line, "catalog.import.kind-unknown",
                    "unknown kind " + value + " (component or event)", value);
        };
    }

    private static void requireCodes(int line, CodingScheme scheme, String code, String majorCode, String minorCode) {
        requireDigits(line, "major_code", majorCode, scheme.majorDigits());
        requireDigits(line, "sub_code", minorCode, scheme.minorDigits());
        requireDigits(line, "code_full", code, scheme.codeDigits());
        if (!code.equals(majorCode + minorCode)) {
            throw new CategoryFileException(line, "catalog.import.code-mismatch",
                    "code_full " + code + " is not major_code " + majorCode + " followed by sub_code " + minorCode,
                    code, majorCode, minorCode);
        }
    }

    private static void requireDigits(int line, String column, String value, int digits) {
        if (value.length() != digits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CategoryFileException(line, "catalog.import.code-malformed",
                    column + " " + value + " is not " + digits + " digits", column, value, digits);
        }
    }
}
