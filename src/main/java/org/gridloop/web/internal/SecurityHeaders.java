package org.gridloop.web.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every answer carries, those of the application and those Tomcat writes
 * itself alike:
 * <ul>
 * <li>a Content-Security-Policy that runs only the platform's own scripts (no inline script,
 * no {@code eval}), loads images from itself and the configured map tiles only, and forbids
 * framing, plugins and foreign form targets;</li>
 * <li>{@code Referrer-Policy: same-origin}, so that case numbers in URLs do not travel to a tile
 * server;</li>
 * <li>no MIME sniffing, no framing, and the camera and position for the platform's own pages only.</li>
 * </ul>
 */
final class SecurityHeaders {

    private final Map<String, String> headers;

    /** @param tileUrl the map's tile URL template, or blank for none */
    SecurityHeaders(String tileUrl) {
        String images = "'self' data: blob:" + tileSource(tileUrl).map(source -> " " + source).orElse("");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src " + images + "; connect-src 'self'; font-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        values.put("Referrer-Policy", "same-origin");
        values.put("X-Content-Type-Options", "nosniff");
        values.put("X-Frame-Options", "DENY");
        values.put("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
        this.headers = Map.copyOf(values);
    }

    Map<String, String> values() {
        return headers;
    }

    /** Sets every header the response does not have yet. */
    void writeTo(HttpServletResponse response) {
        headers.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }

    /**
     * The CSP source of a tile URL template: its scheme and host, a host label holding a
     * placeholder ({@code t{s}.tianditu.gov.cn}) widened to a wildcard ({@code *.tianditu.gov.cn}).
     */
    static java.util.Optional<String> tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return java.util.Optional.empty();
        }
        String template = tileUrl.strip();
        int schemeEnd = template.indexOf("://");
        if (schemeEnd <= 0) {
            return java.util.Optional.empty();
        }
        String scheme = template.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = template.substring(schemeEnd + 3);
        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String[] labels = authority.split("\\.");
        if (labels.length > 1 && labels[0].contains("{")) {
            labels[0] = "*";
        }
        String host = String.join(".", labels);
        if (host.contains("{") || host.contains("}") || host.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            URI.create(scheme + "://" + host.replace("*", "wildcard"));
        } catch (IllegalArgumentException unusable) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(scheme + "://" + host);
    }
}
