package org.gridloop.casework;

import java.util.regex.Pattern;

/**
 * The human-readable number of a case (案卷号): the year it was reported in (Asia/Shanghai)
 * followed by a sequence of at least seven digits, e.g. {@code 20260000123}.
 */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}\\d{7,}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case number: " + value);
        }
    }

    public static CaseNumber of(int year, long sequence) {
        return new CaseNumber(String.format("%04d%07d", year, sequence));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
