package org.gridloop.field.internal;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin initials of a class name, the way inspectors type a class into the search box:
 * 井盖 → {@code jg}. A character with several readings takes its first (most common) one;
 * Latin letters and digits stay (lower case); anything else is left out.
 */
public final class FieldDictionaryInitials {

    private FieldDictionaryInitials() {
    }

    public static String of(String name) {
        StringBuilder initials = new StringBuilder();
        name.codePoints().forEach(codePoint -> {
            if (codePoint < 0x80) {
                if (Character.isLetterOrDigit(codePoint)) {
                    initials.append(Character.toLowerCase((char) codePoint));
                }
                return;
            }
            if (Character.isBmpCodePoint(codePoint)) {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    initials.append(readings[0].substring(0, 1).toLowerCase(Locale.ROOT));
                }
            }
        });
        return initials.toString();
    }
}
