package org.gridloop.grid.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.grid.internal.GridImportRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A refused grid or area import as 422 problem+json: the message, every bad feature
 * ({@code features}) and the same as fields {@code features[i]} ({@code errors}).
 */
@Component
class ImportRefusals {

    /** One bad feature of a refused import. */
    record BadFeatureEntry(int index, String code, String reason, String message) {
    }

    /** A field at fault, as in every problem of the API. */
    record FieldEntry(String field, String message) {
    }

    private final BadFeatureMessages badFeatures;
    private final MessageSource messages;

    ImportRefusals(BadFeatureMessages badFeatures, MessageSource messages) {
        this.badFeatures = badFeatures;
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> problem(GridImportRefused refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(), locale));
        problem.setTitle(messages.getMessage("problem.title.422", null, "Unprocessable", locale));
        problem.setProperty("code", refusal.messageCode());
        List<BadFeatureEntry> features = refusal.badFeatures().stream()
                .map(bad -> new BadFeatureEntry(bad.index(), bad.code(), bad.reason().name(),
                        badFeatures.message(bad, locale)))
                .toList();
        problem.setProperty("features", features);
        problem.setProperty("errors", features.stream()
                .map(bad -> new FieldEntry("features[" + bad.index() + "]", bad.message())).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
