package org.gridloop.organization.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * A refused form shown again: the refusal's message at the top, and each field's message next
 * to the field at fault (a nested field such as {@code vendor.code} at its form field, {@code vendor}).
 * Messages and values are keyed by the form's name and the field, {@code contract.validFrom}, so
 * that a page with several forms shows them at the form that was sent.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /** The message, naming the entry of a list field ({@code members[2]}) as it was typed. */
    private static String entry(String field, String typed, String message, Locale locale) {
        int bracket = field.indexOf('[');
        if (bracket < 0 || typed == null) {
            return message;
        }
        String[] entries = typed.strip().split("[\\s,，、;；]+");
        int index = Integer.parseInt(field.substring(bracket + 1, field.indexOf(']')));
        String colon = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "：" : ": ";
        return index < entries.length ? entries[index] + colon + message : message;
    }

    /** An empty {@code errors} and {@code form} unless a refusal put them, and whether the user may edit. */
    static void noneYet(Model model) {
        model.addAttribute("mayEdit", PageAccess.mayEdit());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }

    /**
     * Puts {@code error} (the refusal in the page's words), {@code errors} (by form field) and
     * {@code form} (the values as entered, under {@code formName}) into the model.
     */
    static void show(Model model, DomainException refusal, String formName, Map<String, String> values,
            MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : refusal.fieldProblems()) {
            String field = problem.field().split("[.\\[]", 2)[0];
            String message = messages.getMessage(problem.messageCode(), null, problem.defaultMessage(), locale);
            errors.merge(formName + "." + field, entry(problem.field(), values.get(field), message, locale),
                    (first, second) -> first + " " + second);
        }
        model.addAttribute("error", messages.getMessage("organization.page.refused",
                new Object[] {messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(),
                        locale)}, locale));
        model.addAttribute("errors", errors);
        model.addAttribute("formName", formName);
        Map<String, String> entered = new LinkedHashMap<>();
        values.forEach((field, value) -> entered.put(formName + "." + field, value));
        model.addAttribute("form", entered);
    }
}
