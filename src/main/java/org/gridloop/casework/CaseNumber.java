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
        String digits = Long.toString(sequence);
        StringBuilder number = new StringBuilder(11 + Math.max(0, digits.length() - 7)).append(year);
        for (int i = digits.length(); i < 7; i++) {
            number.append('0');
        }
        return new CaseNumber(number.append(digits).toString());
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
