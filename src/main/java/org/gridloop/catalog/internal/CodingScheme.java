package org.gridloop.catalog.internal;

/**
 * A coding scheme of the category dictionary as declared in {@code catalog_scheme}: a class
 * code is the major code followed by the minor code, each of a fixed number of digits.
 *
 * @param id          the short identifier used everywhere else, e.g. {@code CJ/T 214-2007}
 * @param sourceLabel how the scheme is named in import files, e.g. {@code CJ/T 214-2007 (as deployed)}
 * @param majorDigits digits of the major (大类) code
 * @param minorDigits digits of the minor (小类) code
 */
record CodingScheme(String id, String sourceLabel, int majorDigits, int minorDigits) {

    int codeDigits() {
        return majorDigits + minorDigits;
    }
}
