package org.gridloop.asset;

import java.util.regex.Pattern;

/**
 * An asset identifier (部件标识码): the 6-digit county-level administrative code (GB/T 2260),
 * the class code and a 6-digit sequence. With a 4-digit class code (2 major + 2 minor, CJ/T 214)
 * it has 16 digits, e.g. {@code 4403070101000001}; with a 5-digit class code (2 major + 3 minor,
 * GB/T 47678.5) it has 17.
 */
public record AssetIdentifier(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{16}|\\d{17}");
    private static final int MAX_SEQUENCE = 999_999;

    public AssetIdentifier {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "An asset identifier has 16 or 17 digits with a non-zero sequence and major class: " + value);
        }
    }

    /**
     * Whether the text is an identifier: 16 or 17 digits, an administrative code not starting
     * with 0, a major class and a sequence other than zero.
     */
    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches() || value.charAt(0) == '0') {
            return false;
        }
        int classEnd = value.length() - 6;
        return !value.startsWith("00", 6) && Integer.parseInt(value.substring(classEnd)) > 0;
    }

    /**
     * The identifier of the asset with this sequence number in its class and county.
     *
     * @param adminCode 6-digit county-level administrative code
     * @param classCode 4-digit (CJ/T 214) or 5-digit (GB/T 47678.5) class code
     * @param sequence  1 to 999,999
     */
    public static AssetIdentifier of(String adminCode, String classCode, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("An asset sequence runs from 1 to 999999: " + sequence);
        }
        String digits = Integer.toString(sequence);
        return new AssetIdentifier(adminCode + classCode + "000000".substring(digits.length()) + digits);
    }

    /** The county-level administrative code the asset is registered in. */
    public String adminCode() {
        return value.substring(0, 6);
    }

    /** The class code: 4 digits in a 16-digit identifier, 5 in a 17-digit one. */
    public String classCode() {
        return value.substring(6, value.length() - 6);
    }

    /** The asset's sequence number within its class and county. */
    public int sequence() {
        return Integer.parseInt(value.substring(value.length() - 6));
    }

    @Override
    public String toString() {
        return value;
    }
}
