package org.gridloop.organization.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.gridloop.DomainException;
import org.gridloop.PageRefusals;
import org.gridloop.grid.GridDirectory;
import org.gridloop.organization.Department;
import org.gridloop.organization.DepartmentKind;
import org.gridloop.organization.internal.DepartmentManagement;
import org.gridloop.organization.internal.DepartmentManagement.DepartmentForm;
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
 * The administrator's page of the departments (专业部门) and subdistrict offices: the table with
 * each one's state, the form adding one, the edit of names, deactivation and activation.
 */
@Controller
@RequestMapping("/admin/departments")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class DepartmentPageController {

    private static final String PAGE = "redirect:/admin/departments";

    private final DepartmentManagement management;
    private final GridDirectory grids;
    private final PageRefusals refusals;
    private final MessageSource messages;

    DepartmentPageController(DepartmentManagement management, GridDirectory grids, PageRefusals refusals,
            MessageSource messages) {
        this.management = management;
        this.grids = grids;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("departments", management.all());
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("subdistricts", grids.subdistricts());
        return "organization/departments";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String subdistrictCode, RedirectAttributes redirect) {
        return act(redirect, () -> {
            Department created = management.create(new DepartmentForm(code, name, nameEn, kind, subdistrictCode, null))
                    .department();
            return message("organization.page.department.created", created.code(), created.name());
        });
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            Department current = management.find(code).map(DepartmentManagement.VersionedDepartment::department)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                            "organization.department.unknown", "No such department", code));
            management.update(code, new DepartmentForm(code, name, nameEn, current.kind().apiName(),
                    current.subdistrictCode(), version));
            return message("organization.page.department.updated", code);
        });
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.deactivate(code, version);
            return message("organization.page.department.deactivated", code);
        });
    }

    @PostMapping("/{code}/activate")
    String activate(@PathVariable String code, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.activate(code, version);
            return message("organization.page.department.activated", code);
        });
    }

    private String act(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusals.describe(refusal, "organization.page.field.", locale()));
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
