package org.gridloop.dispatch.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.PageRefusals;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.dispatch.internal.RoutingExplanations;
import org.gridloop.dispatch.internal.RoutingRuleManagement;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleEntry;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleForm;
import org.gridloop.grid.GridDirectory;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
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
 * The administrator's page of the routing rules (派遣规则): the rules of the scheme in force with
 * the names of their classes, subdistricts and departments, the editor, and the tester that
 * tells where a case of a class at a point would go and why.
 */
@Controller
@RequestMapping("/admin/routing-rules")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RoutingRulePageController {

    /** A rule with the names the table shows. */
    record RuleRow(RuleEntry rule, String className, String subdistrictName, String departmentName) {
    }

    private static final String PAGE = "redirect:/admin/routing-rules";

    private final RoutingRuleManagement management;
    private final RoutingExplanations explanations;
    private final Categories categories;
    private final GridDirectory grids;
    private final Departments departments;
    private final PageRefusals refusals;
    private final MessageSource messages;

    RoutingRulePageController(RoutingRuleManagement management, RoutingExplanations explanations,
            Categories categories, GridDirectory grids, Departments departments, PageRefusals refusals,
            MessageSource messages) {
        this.management = management;
        this.explanations = explanations;
        this.categories = categories;
        this.grids = grids;
        this.departments = departments;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String testKind,
            @RequestParam(required = false) String testCode, @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lon, Model model) {
        Locale locale = locale();
        Map<String, String> subdistricts = new LinkedHashMap<>();
        grids.subdistricts().forEach(subdistrict -> subdistricts.put(subdistrict.code(), subdistrict.name()));
        Map<String, String> departmentNames = departments.names(locale);
        String text = q.strip();
        List<RuleRow> rows = management.all().stream()
                .map(rule -> new RuleRow(rule, className(rule), subdistricts.get(rule.subdistrictCode()),
                        departmentNames.getOrDefault(rule.departmentCode(), rule.departmentCode())))
                .filter(row -> text.isEmpty() || matches(row, text))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", management.all().size());
        model.addAttribute("q", text);
        model.addAttribute("scheme", categories.activeScheme());
        model.addAttribute("subdistricts", grids.subdistricts());
        List<Department> active = departments.all().stream().filter(Department::active).toList();
        model.addAttribute("departments", active);
        model.addAttribute("activeCodes", active.stream().map(Department::code).collect(Collectors.toSet()));
        if (testKind != null || testCode != null || lat != null || lon != null) {
            model.addAttribute("testKind", testKind);
            model.addAttribute("testCode", testCode);
            model.addAttribute("lat", lat);
            model.addAttribute("lon", lon);
            try {
                var explanation = explanations.explain(testKind, testCode, number(lat), number(lon));
                model.addAttribute("explanation", explanation);
                model.addAttribute("explainedDepartment", explanation.departmentCode() == null ? null
                        : departmentNames.getOrDefault(explanation.departmentCode(), explanation.departmentCode()));
            } catch (DomainException refusal) {
                model.addAttribute("testError", refusals.describe(refusal, "dispatch.page.field.", locale));
            }
        }
        return "dispatch/routing-rules";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String subdistrictCode, @RequestParam(defaultValue = "") String departmentCode,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            RuleEntry added = management.add(form(kind, code, subdistrictCode, departmentCode));
            return message("dispatch.page.rule.added", added.id());
        });
    }

    @PostMapping("/{id}")
    String replace(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String subdistrictCode,
            @RequestParam(defaultValue = "") String departmentCode, RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.replace(id, form(kind, code, subdistrictCode, departmentCode));
            return message("dispatch.page.rule.replaced", id);
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.remove(id);
            return message("dispatch.page.rule.deleted", id);
        });
    }

    /** The number typed, or {@code null} when it is none, so that the tester names the field. */
    private static Double number(String typed) {
        try {
            return typed == null ? null : Double.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A code of two digits names a major class (大类), a longer one a class (小类). */
    private static RuleForm form(String kind, String code, String subdistrictCode, String departmentCode) {
        String stripped = code.strip();
        boolean major = stripped.length() == 2;
        return new RuleForm(kind, major ? null : stripped, major ? stripped : null, subdistrictCode, departmentCode);
    }

    private String className(RuleEntry rule) {
        CategoryKind kind = CategoryKind.valueOf(rule.kind().toUpperCase(Locale.ROOT));
        if (rule.classCode() != null) {
            return categories.find(kind, rule.classCode()).map(Category::name).orElse(rule.classCode());
        }
        return categories.active().stream()
                .filter(category -> category.kind() == kind && category.majorCode().equals(rule.majorCode()))
                .map(Category::majorName).findFirst().orElse(rule.majorCode());
    }

    private static boolean matches(RuleRow row, String text) {
        RuleEntry rule = row.rule();
        return contains(rule.classCode(), text) || contains(rule.majorCode(), text) || contains(row.className(), text)
                || contains(rule.departmentCode(), text) || contains(row.departmentName(), text)
                || contains(row.subdistrictName(), text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.contains(text);
    }

    private String act(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusals.describe(refusal, "dispatch.page.field.", locale()));
        }
        return PAGE;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
