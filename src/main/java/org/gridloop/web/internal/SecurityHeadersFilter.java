package org.gridloop.web.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@link SecurityHeaders} on every answer of the application, error answers included,
 * but for the field app's compact sync: its answers are binary and never rendered by a browser,
 * so a page's policies would only cost the phone bytes on every sync (ADR 0044). Answers of the
 * error page there still get them.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The compact sync, whose successful answers carry no page policies. */
    static final String COMPACT_SYNC = "/api/v1/field/sync";

    private final SecurityHeaders headers;

    SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!COMPACT_SYNC.equals(request.getRequestURI()) || request.getDispatcherType() == DispatcherType.ERROR) {
            headers.writeTo(response);
        }
        chain.doFilter(request, response);
    }
}
