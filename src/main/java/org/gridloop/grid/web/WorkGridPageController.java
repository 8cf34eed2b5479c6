package org.gridloop.grid.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.internal.WorkGridManagement;
import org.gridloop.grid.internal.WorkGridManagement.VersionedWorkGrid;
import org.gridloop.grid.internal.WorkGridManagement.WorkGridChange;
import org.gridloop.identity.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page of the work grids of a subdistrict: the work grids with their unit
 * grid count and inspectors, the unit grids of the version in effect in no work grid, and a form
 * to create or edit a work grid (unit grid codes as text, inspectors as checkboxes of the team).
 * A refused form is shown again with the messages next to the fields at fault.
 */
@Controller
@RequestMapping("/admin/work-grids")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WorkGridPageController {

    /** The form as filled in: {@code originalCode} is blank for a new work grid. */
    public record Form(String originalCode, String code, String name, String unitGrids, List<String> inspectors,
            Integer version, boolean move) {

        public boolean editing() {
            return originalCode != null && !originalCode.isBlank();
        }
    }

    private final WorkGridManagement management;
    private final MessageSource messages;
    private final Accounts accounts;

    WorkGridPageController(WorkGridManagement management, MessageSource messages, Accounts accounts) {
        this.management = management;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@RequestParam(required = false) String subdistrict, @RequestParam(required = false) String edit,
            Model model) {
        String shown = shownSubdistrict(subdistrict);
        Form form = new Form("", "", "", "", List.of(), null, false);
        if (edit != null && !edit.isBlank()) {
            VersionedWorkGrid versioned = management.list(shown).stream()
                    .filter(work -> work.workGrid().code().equals(edit)).findFirst().orElse(null);
            if (versioned != null) {
                var work = versioned.workGrid();
                form = new Form(work.code(), work.code(), work.name(),
                        String.join("\n", work.unitGrids().stream().map(GridCode::value).toList()), work.inspectors(),
                        versioned.version(), false);
            }
        }
        return show(model, shown, form, Map.of());
    }

    @PostMapping
    String save(@RequestParam String subdistrict, @RequestParam(required = false) String originalCode,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String unitGrids,
            @RequestParam(required = false) List<String> inspectors,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean move,
            Model model, RedirectAttributes redirect) {
        String shown = shownSubdistrict(subdistrict);
        Form form = new Form(originalCode, code, name, unitGrids == null ? "" : unitGrids,
                inspectors == null ? List.of() : inspectors, version, move);
        List<String> units = codes(form.unitGrids());
        Locale locale = LocaleContextHolder.getLocale();
        try {
            VersionedWorkGrid saved = form.editing()
                    ? management.replace(originalCode, new WorkGridChange(originalCode, name, shown, units,
                            form.inspectors(), version, move))
                    : management.create(new WorkGridChange(code, name, shown, units, form.inspectors(), null, move));
            redirect.addFlashAttribute("notice", messages.getMessage("grid.work.page.saved",
                    new Object[] {saved.workGrid().code()}, locale));
            return "redirect:" + pagePath(shown);
        } catch (DomainException refusal) {
            model.addAttribute("error", messages.getMessage("grid.work.page.refused",
                    new Object[] {messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(),
                            locale)}, locale));
            return show(model, shown, form, fieldErrors(refusal, units, form.inspectors(), locale));
        }
    }

    @PostMapping("/delete")
    String delete(@RequestParam String subdistrict, @RequestParam String code,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        String shown = shownSubdistrict(subdistrict);
        Locale locale = LocaleContextHolder.getLocale();
        try {
            management.delete(code, version);
            redirect.addFlashAttribute("notice", messages.getMessage("grid.work.page.deleted",
                    new Object[] {code}, locale));
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), locale));
        }
        return "redirect:" + pagePath(shown);
    }

    private String show(Model model, String subdistrict, Form form, Map<String, List<String>> errors) {
        List<VersionedWorkGrid> workGrids = management.list(subdistrict);
        List<String> unassigned = management.unassigned(subdistrict).stream().map(GridPlace::grid)
                .map(GridCode::value).toList();
        model.addAttribute("subdistricts", management.subdistricts());
        model.addAttribute("subdistrict", subdistrict);
        model.addAttribute("workGrids", workGrids);
        model.addAttribute("unassigned", unassigned);
        List<String> team = management.team(subdistrict);
        Set<String> people = new HashSet<>(team);
        workGrids.forEach(work -> people.addAll(work.workGrid().inspectors()));
        Map<String, String> names = accounts.displayNames(people);
        model.addAttribute("team", team);
        model.addAttribute("inspectorNames", names);
        model.addAttribute("assignedNames", workGrids.stream().collect(Collectors.toMap(work -> work.workGrid().code(),
                work -> work.workGrid().inspectors().stream().map(username -> names.getOrDefault(username, username))
                        .collect(Collectors.joining("、")))));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "grid/work-grids";
    }

    private String shownSubdistrict(String subdistrict) {
        Map<String, String> subdistricts = management.subdistricts();
        if (subdistrict != null && subdistricts.containsKey(subdistrict.strip())) {
            return subdistrict.strip();
        }
        return subdistricts.keySet().stream().findFirst().orElse("");
    }

    private static String pagePath(String subdistrict) {
        return UriComponentsBuilder.fromPath("/admin/work-grids").queryParam("subdistrict", subdistrict).toUriString();
    }

    /** The unit grid codes of the text area, split at line breaks, commas, semicolons and spaces. */
    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,，;；、]+")).filter(code -> !code.isEmpty()).toList();
    }

    /** The messages of the fields at fault by form field, naming the unit grid or inspector of an indexed field. */
    private Map<String, List<String>> fieldErrors(DomainException refusal, List<String> units, List<String> inspectors,
            Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldProblem problem : refusal.fieldProblems()) {
            String field = problem.field();
            String message = messages.getMessage(problem.messageCode(), null, problem.defaultMessage(), locale);
            int bracket = field.indexOf('[');
            if (bracket > 0) {
                int index = Integer.parseInt(field.substring(bracket + 1, field.length() - 1));
                String base = field.substring(0, bracket);
                List<String> values = base.equals("unitGrids") ? units : inspectors;
                if (index < values.size()) {
                    message = values.get(index) + (Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "：" : ": ")
                            + message;
                }
                field = base;
            }
            errors.computeIfAbsent(field.equals("subdistrictCode") ? "subdistrict" : field, key -> new ArrayList<>())
                    .add(message);
        }
        return errors;
    }
}
