package org.gridloop.casework.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal of the domain as a page shows it: the message and the message of each field at
 * fault, in the language of the page.
 */
record Refusal(String message, Map<String, String> fields) {

    static Refusal of(DomainException refused, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> fields = new LinkedHashMap<>();
        refused.fieldProblems().forEach(problem -> fields.merge(problem.field(),
                messages.getMessage(problem.messageCode(), null, problem.defaultMessage(), locale),
                (first, second) -> first + "; " + second));
        Object[] arguments = java.util.Arrays.stream(refused.arguments())
                .map(argument -> named(argument, messages, locale)).toArray();
        return new Refusal(messages.getMessage(refused.messageCode(), arguments, refused.getMessage(), locale),
                fields);
    }

    /** Statuses and actions named in a refusal are shown by their names in the page's language. */
    private static Object named(Object argument, MessageSource messages, java.util.Locale locale) {
        if (argument instanceof CaseStatus status) {
            return messages.getMessage("case.status." + status.name(), null, status.name(), locale);
        }
        if (argument instanceof String name && CaseAction.fromApiName(name).isPresent()) {
            return messages.getMessage("case.action." + name, null, name, locale);
        }
        return argument;
    }
}
