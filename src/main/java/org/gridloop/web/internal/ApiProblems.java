package org.gridloop.web.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problems of the API in the current locale: a title per status
 * ({@code problem.title.<status>}), a detail from the message bundles, and, for refused input,
 * {@code errors: [{"field", "message"}]}.
 */
@Component
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One field at fault, as the API shows it. */
    record FieldMessage(String field, String message) {
    }

    ProblemDetail problem(HttpStatusCode status, String detailCode, String defaultDetail, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailCode, arguments, defaultDetail, locale()));
        localizeTitle(problem);
        return problem;
    }

    /** Replaces the English reason phrase with the title of the status in the current locale. */
    void localizeTitle(ProblemDetail problem) {
        problem.setTitle(messages.getMessage("problem.title." + problem.getStatus(), null,
                problem.getTitle(), locale()));
    }

    String message(String code, String defaultMessage) {
        return messages.getMessage(code, null, defaultMessage, locale());
    }

    String message(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    static void addErrors(ProblemDetail problem, List<FieldMessage> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
