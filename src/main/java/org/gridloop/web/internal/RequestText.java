package org.gridloop.web.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the request parameter that cannot be read as text: one whose name or value is not
 * UTF-8 once its escapes are decoded, or holds a control character (see {@link ControlCharacters}).
 */
final class RequestText {

    /** How Tomcat names the parameter it could not decode. */
    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,64})]");
    /** The longest parameter name quoted back. */
    private static final int MAX_NAME = 64;

    private RequestText() {
    }

    /**
     * The parameter at fault in the query string, or {@code null} when every one reads. A name
     * that does not read itself is quoted as far as it is printable ASCII.
     */
    static String queryFault(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null || ControlCharacters.in(name)) {
                return printable(rawName);
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value == null || ControlCharacters.in(value)) {
                return bounded(name);
            }
        }
        return null;
    }

    /**
     * The parameter at fault among those the container parsed (query string and form body), or
     * {@code null}; reading them makes the container parse them, which is where an undecodable
     * form body shows.
     */
    static String parameterFault(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            Matcher named = TOMCAT_PARAMETER.matcher(String.valueOf(undecodable.getMessage()));
            return named.find() ? printable(named.group(1)) : "";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (ControlCharacters.in(parameter.getKey())) {
                return printable(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (value != null && ControlCharacters.in(value)) {
                    return bounded(parameter.getKey());
                }
            }
        }
        return null;
    }

    /** The text with its %-escapes and {@code +} decoded as UTF-8, or {@code null} when it is not UTF-8. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else if (c == '+') {
                bytes.write(' ');
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length() && shown.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static String bounded(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
