package org.gridloop.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused API and actuator requests with an RFC 9457 problem instead of a login
 * redirect: 401 when no valid credentials came with the request, 403 when the user's posts do
 * not allow it.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    SecurityProblems(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "identity.problem.unauthorized",
                "A valid bearer token is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "identity.problem.forbidden",
                "Your posts do not allow this request.");
    }

    /** Writes a problem whose detail is the message of the code in the request's locale. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detailCode, String defaultDetail) throws IOException {
        write(request, response, status, detailCode, defaultDetail, null);
    }

    /** @param field the field at fault, listed under {@code errors} with the detail; none when {@code null} */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detailCode, String defaultDetail, String field) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.title." + status.value(), null,
                status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailCode, null, defaultDetail, locale));
        problem.put("instance", request.getRequestURI());
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", problem.get("detail"))));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
