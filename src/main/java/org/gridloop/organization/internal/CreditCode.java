package org.gridloop.organization.internal;

import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of an organization: 18
 * characters of digits and capital letters other than I, O, Z, S and V, the last a check
 * character computed from the 17 before it.
 */
final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORM = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    private CreditCode() {
    }

    /** Whether the code is well formed and its check character right. */
    static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches() && code.charAt(17) == checkCharacter(code);
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
