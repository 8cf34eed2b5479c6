package org.gridloop;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an enum constant as users and clients write it: any case, surrounding blanks ignored,
 * {@code -} for {@code _} ({@code request-check} is {@code REQUEST_CHECK}).
 */
public final class Choices {

    /** The constant {@code text} names, or empty when it is blank or names none. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private Choices() {
    }
}
