package org.gridloop.grid.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The levels of the administrative areas (行政区划) of a platform, each with the form of its
 * code: the district's 6-digit GB/T 2260 code, the subdistrict's 9 digits and the community's 12,
 * each starting with its parent's code and adding a 3-digit part that is not {@code 000}.
 */
public enum AreaLevel {
    DISTRICT(6), SUBDISTRICT(9), COMMUNITY(12);

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final int codeLength;

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The level as files and the API name it: {@code district}, {@code subdistrict}, {@code community}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named, in any case; empty when the text names none. */
    public static Optional<AreaLevel> of(String key) {
        for (AreaLevel level : values()) {
            if (level.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Whether the code has the form of this level (the parent is checked separately). */
    boolean accepts(String code) {
        if (code == null || code.length() != codeLength || !DIGITS.matcher(code).matches()) {
            return false;
        }
        return this == DISTRICT ? code.charAt(0) != '0' && !code.endsWith("00")
                : !code.endsWith("000");
    }

    /** The code of the parent area, or null for the district. */
    String parentCode(String code) {
        return this == DISTRICT ? null : code.substring(0, codeLength - 3);
    }

    /** The level of the parent, or null for the district. */
    AreaLevel parent() {
        return this == DISTRICT ? null : values()[ordinal() - 1];
    }
}
