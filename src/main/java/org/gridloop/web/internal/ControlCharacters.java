package org.gridloop.web.internal;

/**
 * The characters no text field of the platform takes: the C0 control characters but tab, line
 * feed and carriage return. NUL among them cannot even be stored in PostgreSQL text; the others
 * only ever arrive from broken or hostile clients.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
