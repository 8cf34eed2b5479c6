package org.gridloop.organization.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.organization.internal.VendorManagement;
import org.gridloop.organization.internal.VendorManagement.Vendor;
import org.gridloop.organization.internal.VendorManagement.VendorForm;
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

/**
 * The page of the information-collection vendors (信息采集服务商): the list, and one form that adds
 * a vendor or edits the one chosen. Leaders and shift supervisors read it; administrators edit.
 */
@Controller
@RequestMapping("/admin/vendors")
@PreAuthorize(TeamController.READERS)
class VendorPageController {

    private final VendorManagement management;
    private final MessageSource messages;

    VendorPageController(VendorManagement management, MessageSource messages) {
        this.management = management;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String edit, Model model) {
        model.addAttribute("vendors", management.all());
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new HashMap<>();
            if (edit != null) {
                management.find(edit).ifPresent(vendor -> form.putAll(values(vendor)));
            }
            model.addAttribute("form", form);
        }
        FieldMessages.noneYet(model);
        return "organization/vendors";
    }

    /** Adds a vendor, or edits the one named by {@code originalCode} at the version read. */
    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String save(@RequestParam(defaultValue = "") String originalCode, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String creditCode,
            @RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactPhone,
            @RequestParam(defaultValue = "") String address, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean editing = !originalCode.isBlank();
        try {
            Vendor saved = editing
                    ? management.update(originalCode, new VendorForm(originalCode, name, creditCode, contactName,
                            contactPhone, address, version))
                    : management.create(new VendorForm(code, name, creditCode, contactName, contactPhone, address,
                            null));
            redirect.addFlashAttribute("notice", messages.getMessage(
                    editing ? "organization.page.vendor.updated" : "organization.page.vendor.created",
                    new Object[] {saved.code(), saved.name()}, locale));
            return "redirect:/admin/vendors";
        } catch (DomainException refusal) {
            Map<String, String> values = new HashMap<>(Map.of("originalCode", originalCode,
                    "code", editing ? originalCode : code, "name", name, "creditCode", creditCode,
                    "contactName", contactName, "contactPhone", contactPhone, "address", address));
            values.put("version", version == null ? "" : version.toString());
            FieldMessages.show(model, refusal, "vendor", values, messages, locale);
            return page(null, model);
        }
    }

    private static Map<String, String> values(Vendor vendor) {
        Map<String, String> values = new HashMap<>();
        values.put("originalCode", vendor.code());
        values.put("code", vendor.code());
        values.put("name", vendor.name());
        values.put("creditCode", vendor.creditCode() == null ? "" : vendor.creditCode());
        values.put("contactName", vendor.contactName() == null ? "" : vendor.contactName());
        values.put("contactPhone", vendor.contactPhone() == null ? "" : vendor.contactPhone());
        values.put("address", vendor.address() == null ? "" : vendor.address());
        values.put("version", String.valueOf(vendor.version()));
        return values;
    }
}
