package org.gridloop.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gridloop.DomainException;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.catalog.internal.CategoryManagement;
import org.gridloop.catalog.internal.CategoryManagement.LocalClass;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the category dictionary: the scheme in force, the form adding a
 * local class, and the classes with their state, filtered by kind, text and state.
 */
@Controller
@RequestMapping("/admin/categories")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CategoryPageController {

    /** Which classes the table shows. */
    enum StateFilter { ALL, OPEN, DEACTIVATED }

    private final Categories categories;
    private final CategoryManagement management;
    private final MessageSource messages;

    CategoryPageController(Categories categories, CategoryManagement management, MessageSource messages) {
        this.categories = categories;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "INCIDENT") String kind, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "ALL") String state, Model model) {
        CategoryKind shownKind = parse(CategoryKind.class, kind, CategoryKind.INCIDENT);
        StateFilter shownState = parse(StateFilter.class, state, StateFilter.ALL);
        String text = q.strip();
        List<Category> shown = categories.active().stream()
                .filter(category -> category.kind() == shownKind)
                .filter(category -> shownState == StateFilter.ALL
                        || category.deactivated() == (shownState == StateFilter.DEACTIVATED))
                .filter(category -> text.isEmpty() || category.code().contains(text)
                        || category.name().contains(text) || category.majorName().contains(text))
                .toList();
        model.addAttribute("schemes", management.schemes());
        model.addAttribute("pinned", management.pinnedScheme().orElse(null));
        model.addAttribute("activeScheme", categories.activeScheme());
        model.addAttribute("classes", shown);
        model.addAttribute("kind", shownKind);
        model.addAttribute("q", text);
        model.addAttribute("state", shownState);
        model.addAttribute("kinds", CategoryKind.values());
        model.addAttribute("states", StateFilter.values());
        model.addAttribute("localExample", localExample());
        return "catalog/categories";
    }

    @PostMapping("/scheme")
    String chooseScheme(@RequestParam(defaultValue = "") String scheme, RedirectAttributes redirect) {
        return act(redirect, "redirect:/admin/categories", () -> {
            management.chooseScheme(scheme);
            return message("catalog.page.scheme.changed", categories.activeScheme());
        });
    }

    @PostMapping
    String addLocalClass(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String majorCode, @RequestParam(defaultValue = "") String majorName,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String departmentType,
            RedirectAttributes redirect) {
        redirect.addAttribute("kind", kind.toUpperCase(Locale.ROOT));
        return act(redirect, "redirect:/admin/categories", () -> {
            Category added = management.addLocalClass(new LocalClass(kind, code, majorCode, majorName, name,
                    departmentType));
            return message("catalog.page.added", added.code(), added.name());
        });
    }

    @PostMapping("/{kind}/{code}/deactivate")
    String deactivate(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        redirect.addAttribute("kind", kind.toUpperCase(Locale.ROOT));
        return act(redirect, "redirect:/admin/categories", () -> {
            management.deactivate(kind, code);
            return message("catalog.page.deactivated", code);
        });
    }

    @PostMapping("/{kind}/{code}/activate")
    String activate(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        redirect.addAttribute("kind", kind.toUpperCase(Locale.ROOT));
        return act(redirect, "redirect:/admin/categories", () -> {
            management.activate(kind, code);
            return message("catalog.page.activated", code);
        });
    }

    /** A code a local incident type could take in the scheme in force, shown as an example. */
    private String localExample() {
        return management.schemes().stream().filter(CategoryManagement.SchemeEntry::active).findFirst()
                .map(scheme -> "01" + CategoryManagement.LOCAL_MINOR_DIGIT + "0".repeat(scheme.minorDigits() - 2) + "1")
                .orElse("01901");
    }

    private String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refusal) {
            String fields = refusal.fieldProblems().stream()
                    .map(field -> messages.getMessage("catalog.page.field." + field.field(), null, field.field(),
                            LocaleContextHolder.getLocale()) + ": "
                            + messages.getMessage(field.messageCode(), null, field.defaultMessage(),
                                    LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining("; "));
            redirect.addFlashAttribute("error", fields.isEmpty() ? messages.getMessage(refusal.messageCode(),
                    refusal.arguments(), refusal.getMessage(), LocaleContextHolder.getLocale()) : fields);
        }
        return target;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
