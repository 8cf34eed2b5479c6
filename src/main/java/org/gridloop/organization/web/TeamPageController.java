package org.gridloop.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.gridloop.DomainException;
import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.Accounts;
import org.gridloop.organization.internal.ContractManagement;
import org.gridloop.organization.internal.ContractManagement.ContractForm;
import org.gridloop.organization.internal.Quarter;
import org.gridloop.organization.internal.QuotaManagement;
import org.gridloop.organization.internal.QuotaManagement.QuotaForm;
import org.gridloop.organization.internal.TeamManagement;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.gridloop.organization.internal.TeamManagement.TeamForm;
import org.gridloop.organization.internal.TeamManagement.VendorReference;
import org.gridloop.organization.internal.VendorManagement;
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
 * The page of the inspector teams (监督员队伍): the teams of both management modes side by side
 * with their vendor and the current quarter's quota, and one page per team with its members,
 * contracts and quarterly quotas. Leaders and shift supervisors read them; administrators add
 * and edit. A refused form is shown again with the messages next to the fields at fault.
 */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize(TeamController.READERS)
class TeamPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMINISTRATOR = "hasRole('ADMINISTRATOR')";

    private final TeamManagement management;
    private final VendorManagement vendors;
    private final ContractManagement contracts;
    private final QuotaManagement quotas;
    private final GridDirectory grids;
    private final MessageSource messages;
    private final Accounts accounts;
    private final Clock clock;

    TeamPageController(TeamManagement management, VendorManagement vendors, ContractManagement contracts,
            QuotaManagement quotas, GridDirectory grids, MessageSource messages, Accounts accounts, Clock clock) {
        this.management = management;
        this.accounts = accounts;
        this.vendors = vendors;
        this.contracts = contracts;
        this.quotas = quotas;
        this.grids = grids;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        List<Team> teams = management.all();
        Quarter current = currentQuarter();
        model.addAttribute("teams", teams);
        model.addAttribute("leadNames", accounts.displayNames(teams.stream().map(Team::lead)
                .filter(lead -> lead != null).toList()));
        model.addAttribute("members", teams.stream().mapToInt(team -> team.members().size()).sum());
        model.addAttribute("subdistricts", grids.subdistricts());
        model.addAttribute("vendors", vendors.all());
        model.addAttribute("quarter", current.toString());
        Map<String, QuotaManagement.QuarterQuota> currentQuotas = new LinkedHashMap<>();
        teams.forEach(team -> currentQuotas.put(team.code(), quotas.of(team.code(), current.toString())));
        model.addAttribute("quotas", currentQuotas);
        FieldMessages.noneYet(model);
        return "organization/teams";
    }

    @GetMapping("/{code}")
    String team(@PathVariable String code, @RequestParam(name = "contract", required = false) Long editedContract,
            Model model) {
        Team team = management.find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
        Quarter current = currentQuarter();
        model.addAttribute("team", team);
        model.addAttribute("memberNames", accounts.displayNames(team.members()));
        model.addAttribute("vendors", vendors.all());
        model.addAttribute("subdistricts", grids.subdistricts());
        model.addAttribute("contracts", contracts.ofTeam(team.code()));
        model.addAttribute("quarter", current.toString());
        model.addAttribute("shownQuotas", List.of(current.previous(), current, current.next()).stream()
                .map(quarter -> quotas.of(team.code(), quarter.toString())).toList());
        model.addAttribute("setQuotas", quotas.set(team.code()));
        if (editedContract != null && !model.containsAttribute("form")) {
            contracts.find(team.code(), editedContract).ifPresent(contract -> model.addAttribute("form",
                    contractValues(contract)));
        }
        FieldMessages.noneYet(model);
        return "organization/team";
    }

    @PostMapping
    @PreAuthorize(ADMINISTRATOR)
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String subdistrictCode, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String vendor, @RequestParam(defaultValue = "") String quarterlyQuota,
            Model model, RedirectAttributes redirect) {
        Map<String, String> values = Map.of("code", code, "name", name, "subdistrictCode", subdistrictCode,
                "mode", mode, "vendor", vendor, "quarterlyQuota", quarterlyQuota);
        return act(model, redirect, "redirect:/admin/teams", "team", values, () -> page(model), () -> {
            Team created = management.create(new TeamForm(code, name, subdistrictCode, mode,
                    vendor.isBlank() ? null : new VendorReference(vendor, null),
                    number("quarterlyQuota", quarterlyQuota), null, null));
            return message("organization.page.team.created", created.code(), created.name());
        });
    }

    /** Edits the team's name, subdistrict, mode, vendor, default quota and lead, at the version read. */
    @PostMapping("/{code}")
    @PreAuthorize(ADMINISTRATOR)
    String update(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String subdistrictCode, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String vendor, @RequestParam(defaultValue = "") String quarterlyQuota,
            @RequestParam(defaultValue = "") String lead, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        Map<String, String> values = Map.of("name", name, "subdistrictCode", subdistrictCode, "mode", mode,
                "vendor", vendor, "quarterlyQuota", quarterlyQuota, "lead", lead);
        return act(model, redirect, "redirect:/admin/teams/" + code, "edit", values, () -> team(code, null, model), () -> {
            Team saved = management.update(code, new TeamForm(null, name, subdistrictCode, mode,
                    vendor.isBlank() ? null : new VendorReference(vendor, null),
                    number("quarterlyQuota", quarterlyQuota), lead.isBlank() ? null : lead, version));
            return message("organization.page.team.updated", saved.code());
        });
    }

    /** Replaces the members with the usernames listed, one per line or separated by commas or spaces. */
    @PostMapping("/{code}/members")
    @PreAuthorize(ADMINISTRATOR)
    String members(@PathVariable String code, @RequestParam(defaultValue = "") String members, Model model,
            RedirectAttributes redirect) {
        List<String> usernames = Arrays.stream(members.split("[\\s,，、]+")).filter(name -> !name.isBlank()).toList();
        return act(model, redirect, "redirect:/admin/teams/" + code, "members", Map.of("members", members),
                () -> team(code, null, model), () -> {
                    Team team = management.setMembers(code, usernames);
                    return message("organization.page.team.members-saved", team.code(), team.members().size());
                });
    }

    @PostMapping("/{code}/contracts")
    @PreAuthorize(ADMINISTRATOR)
    String contract(@PathVariable String code, @RequestParam(defaultValue = "") String vendorCode,
            @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String validTo, @RequestParam(defaultValue = "") String unitPrice,
            @RequestParam(defaultValue = "") String deduction, @RequestParam(defaultValue = "") String quarterlyQuota,
            @RequestParam(required = false) Long id, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        Map<String, String> values = new HashMap<>(Map.of("vendorCode", vendorCode, "number", number,
                "validFrom", validFrom, "validTo", validTo, "unitPrice", unitPrice, "deduction", deduction,
                "quarterlyQuota", quarterlyQuota));
        values.put("id", id == null ? "" : id.toString());
        values.put("version", version == null ? "" : version.toString());
        return act(model, redirect, "redirect:/admin/teams/" + code, "contract", values, () -> team(code, null, model), () -> {
            ContractForm form = new ContractForm(vendorCode, number, validFrom, validTo,
                    PageNumbers.amount("unitPrice", unitPrice), PageNumbers.amount("deduction", deduction),
                    number("quarterlyQuota", quarterlyQuota), version);
            var saved = id == null ? contracts.create(code, form) : contracts.update(code, id, form);
            return message(id == null ? "organization.page.contract.created" : "organization.page.contract.updated",
                    saved.vendor().name(), saved.validFrom(), saved.validTo());
        });
    }

    @PostMapping("/{code}/quotas")
    @PreAuthorize(ADMINISTRATOR)
    String quota(@PathVariable String code, @RequestParam(defaultValue = "") String quarter,
            @RequestParam(defaultValue = "") String quota, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        return act(model, redirect, "redirect:/admin/teams/" + code, "quota", Map.of("quarter", quarter, "quota", quota),
                () -> team(code, null, model), () -> {
                    var saved = quotas.set(code, quarter, new QuotaForm(number("quota", quota), version));
                    return message("organization.page.quota.saved", saved.quarter().toString(),
                            String.valueOf(saved.quota()));
                });
    }

    private String act(Model model, RedirectAttributes redirect, String target, String formName,
            Map<String, String> values, Supplier<String> refusedPage, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
            return target;
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            FieldMessages.show(model, refusal, formName, values, messages, locale());
            return refusedPage.get();
        }
    }

    /** A contract's values as its form shows them, keyed as {@link FieldMessages} keys a refused form. */
    private static Map<String, String> contractValues(ContractManagement.Contract contract) {
        Map<String, String> values = new HashMap<>();
        values.put("contract.id", String.valueOf(contract.id()));
        values.put("contract.version", String.valueOf(contract.version()));
        values.put("contract.vendorCode", contract.vendor().code());
        values.put("contract.number", contract.number() == null ? "" : contract.number());
        values.put("contract.validFrom", contract.validFrom().toString());
        values.put("contract.validTo", contract.validTo().toString());
        values.put("contract.unitPrice", contract.unitPrice().toPlainString());
        values.put("contract.deduction", contract.deduction().toPlainString());
        values.put("contract.quarterlyQuota", String.valueOf(contract.quarterlyQuota()));
        return values;
    }

    private Quarter currentQuarter() {
        return Quarter.of(LocalDate.ofInstant(clock.instant(), SHANGHAI));
    }

    private static Integer number(String field, String text) {
        return PageNumbers.whole(field, text);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
