package org.gridloop.asset.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.asset.internal.AssetProblem;
import org.gridloop.asset.internal.AssetRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Words the problems of a refused asset or file in the current language: as an RFC 9457 problem
 * listing every bad feature ({@code index}, {@code identifier}, {@code field}, {@code code},
 * {@code message}), or as lines for a page.
 */
@Component
class AssetRefusals {

    private final MessageSource messages;

    AssetRefusals(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> problem(AssetRefused refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(), locale));
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
        problem.setProperty("code", refusal.messageCode());
        problem.setProperty("errors", refusal.problems().stream().map(this::entry).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One line per problem, e.g. {@code 第 3 个 44030701037000001 classCode：……}. */
    List<String> lines(AssetRefused refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        return refusal.problems().stream().map(problem -> messages.getMessage("asset.problem.line",
                new Object[] {problem.index() + 1, problem.identifier() == null ? "" : problem.identifier(),
                        problem.field(), message(problem)}, locale)).toList();
    }

    private Map<String, Object> entry(AssetProblem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("index", problem.index());
        entry.put("identifier", problem.identifier());
        entry.put("field", problem.field());
        entry.put("code", problem.code());
        entry.put("message", message(problem));
        return entry;
    }

    String message(AssetProblem problem) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), problem.defaultMessage(),
                LocaleContextHolder.getLocale());
    }
}
