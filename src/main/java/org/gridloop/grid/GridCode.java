package org.gridloop.grid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unit grid code after CJ/T 213: 6-digit county-level administrative code (GB/T 2260),
 * 3-digit subdistrict, 3-digit community and a 2-digit grid sequence (14 digits); the newer
 * national series uses a 3-digit sequence (15 digits). The administrative code does not start
 * with 0, and the subdistrict, community and sequence parts are never all zeros.
 */
public record GridCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{14}|\\d{15}");

    /** Why a text is not a grid code. */
    public enum Defect {
        /** Not 14 or 15 ASCII digits. */
        FORMAT("a grid code has 14 or 15 digits"),
        /** The administrative code starts with 0. */
        ADMIN_CODE("the administrative code (digits 1–6) does not start with 0"),
        /** The subdistrict part is 000. */
        SUBDISTRICT("the subdistrict part (digits 7–9) is not 000"),
        /** The community part is 000. */
        COMMUNITY("the community part (digits 10–12) is not 000"),
        /** The grid sequence is all zeros. */
        SEQUENCE("the grid sequence (digits 13–14 or 13–15) is not all zeros");

        private final String rule;

        Defect(String rule) {
            this.rule = rule;
        }

        /** The rule the code breaks, in English. */
        public String rule() {
            return rule;
        }
    }

    public GridCode {
        Optional<Defect> defect = defectOf(value);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("Not a grid code (" + defect.get().rule() + "): " + value);
        }
    }

    public static boolean isValid(String value) {
        return defectOf(value).isEmpty();
    }

    /** The first rule the text breaks, or empty when it is a valid grid code. */
    public static Optional<Defect> defectOf(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Optional.of(Defect.FORMAT);
        }
        if (value.charAt(0) == '0') {
            return Optional.of(Defect.ADMIN_CODE);
        }
        if (allZeros(value, 6, 9)) {
            return Optional.of(Defect.SUBDISTRICT);
        }
        if (allZeros(value, 9, 12)) {
            return Optional.of(Defect.COMMUNITY);
        }
        if (allZeros(value, 12, value.length())) {
            return Optional.of(Defect.SEQUENCE);
        }
        return Optional.empty();
    }

    private static boolean allZeros(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
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

    /** The grid's sequence in its community: 2 digits, or 3 in the 15-digit series. */
    public String sequence() {
        return value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
