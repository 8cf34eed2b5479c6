package org.gridloop.field.internal;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.field.internal.SyncResponse.FieldError;
import org.gridloop.field.internal.SyncResponse.ItemAnswer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words a refused item's answer in the request's locale, from the message bundles. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    ItemAnswer refused(String clientId, String caseNumber, DomainException refusal) {
        List<FieldError> errors = refusal.fieldProblems().stream()
                .map(problem -> new FieldError(problem.field(), message(problem))).toList();
        String reason = errors.isEmpty()
                ? message(refusal.messageCode(), refusal.getMessage(), refusal.arguments())
                : errors.get(0).reason();
        String field = errors.isEmpty() ? null : errors.get(0).field();
        return new ItemAnswer(clientId, SyncResponse.REFUSED, caseNumber, field, reason, errors);
    }

    String message(FieldProblem problem) {
        return message(problem.messageCode(), problem.defaultMessage());
    }

    String message(String code, String defaultMessage, Object... arguments) {
        return messages.getMessage(code, arguments, defaultMessage, LocaleContextHolder.getLocale());
    }
}
