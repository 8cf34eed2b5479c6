package org.gridloop.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose parameters cannot be read as text (see {@link RequestText}) with 400
 * naming the parameter, before any filter or controller reads them and fails: a problem for the
 * API, a short page for the workstations. It runs before security, which reads form parameters
 * itself. The text fields of a multipart form are checked once the form has been read
 * ({@link RequestTextInterceptor}), so that an oversize upload is still refused as such.
 */
class RequestTextFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestTextFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String fault = RequestText.queryFault(request.getQueryString());
        if (fault == null && !isMultipart(request)) {
            fault = RequestText.parameterFault(request);
        }
        if (fault == null) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, fault);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem.title.400", null, "Bad Request", locale);
        String message = messages.getMessage("problem.unreadable-text", null,
                "cannot be read as text: it is not UTF-8 or holds a control character", locale);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", 400);
            problem.put("detail", messages.getMessage("problem.invalid-input", null, "The request has invalid fields.",
                    locale));
            problem.put("instance", request.getRequestURI());
            problem.put("errors", List.of(Map.of("field", field, "message", message)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        String home = messages.getMessage("error.home", null, "Home", locale);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head>"
                + "<meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head><body>"
                + "<main class=\"content narrow\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1>"
                + "<p class=\"notice error\" role=\"alert\">" + HtmlUtils.htmlEscape(field.isEmpty() ? message
                        : field + (Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "：" : ": ") + message)
                + "</p><p><a href=\"" + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(home)
                + "</a></p></main></body></html>");
    }
}
