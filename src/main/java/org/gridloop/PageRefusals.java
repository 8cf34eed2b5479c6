package org.gridloop;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a refusal into the words a page shows: each field at fault by its label with what is
 * wrong with it, or the refusal's own message when no field is named.
 */
@Component
public class PageRefusals {

    private final MessageSource messages;

    PageRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param labels prefix of the message codes naming the fields, e.g. {@code organization.page.field.}
     */
    public String describe(DomainException refusal, String labels, Locale locale) {
        String fields = refusal.fieldProblems().stream()
                .map(problem -> messages.getMessage(labels + problem.field(), null, problem.field(), locale) + ": "
                        + messages.getMessage(problem.messageCode(), null, problem.defaultMessage(), locale))
                .collect(Collectors.joining("; "));
        return fields.isEmpty()
                ? messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(), locale)
                : fields;
    }
}
