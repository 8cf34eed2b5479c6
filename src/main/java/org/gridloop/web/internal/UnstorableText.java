package org.gridloop.web.internal;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognizes the database refusing text it cannot store (a NUL character), so that a value no
 * check caught is answered as bad input rather than as a failure of the server.
 */
final class UnstorableText {

    /** character_not_in_repertoire, untranslatable_character, and the driver's "zero bytes" refusal. */
    private static final Set<String> STATES = Set.of("22021", "22P05", "22023");

    private UnstorableText() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())
                    && (!"22023".equals(sql.getSQLState()) || String.valueOf(sql.getMessage()).contains("Zero bytes"))) {
                return true;
            }
        }
        return false;
    }
}
