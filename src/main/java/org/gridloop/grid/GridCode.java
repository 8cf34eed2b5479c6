package org.gridloop.grid;

import java.util.regex.Pattern;

/**
 * A unit grid code after CJ/T 213: 6-digit county-level administrative code (GB/T 2260),
 * 3-digit subdistrict, 3-digit community and a 2-digit grid sequence (14 digits); the newer
 * national series uses a 3-digit sequence (15 digits).
 */
public record GridCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{14}|\\d{15}");

    public GridCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A grid code has 14 or 15 digits: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The county-level administrative code (GB/T 2260) the grid belongs to. */
    public String adminCode() {
        return value.substring(0, 6);
    }

    /** The 12-digit code of the community the grid belongs to. */
    public String communityCode() {
        return value.substring(0, 12);
    }

    /** The 9-digit code of the subdistrict the grid belongs to. */
    public String subdistrictCode() {
        return value.substring(0, 9);
    }

    @Override
    public String toString() {
        return value;
    }
}
