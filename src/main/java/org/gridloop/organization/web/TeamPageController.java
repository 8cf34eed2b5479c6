package org.gridloop.organization.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gridloop.DomainException;
import org.gridloop.PageRefusals;
import org.gridloop.grid.GridDirectory;
import org.gridloop.organization.internal.TeamManagement;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.gridloop.organization.internal.TeamManagement.TeamForm;
import org.gridloop.organization.internal.TeamManagement.VendorReference;
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
 * The administrator's page of the inspector teams (监督员队伍): the teams of both management modes
 * side by side, the form adding one, and each team's members entered as a list of usernames.
 */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class TeamPageController {

    private static final String PAGE = "redirect:/admin/teams";

    private final TeamManagement management;
    private final GridDirectory grids;
    private final PageRefusals refusals;
    private final MessageSource messages;

    TeamPageController(TeamManagement management, GridDirectory grids, PageRefusals refusals,
            MessageSource messages) {
        this.management = management;
        this.grids = grids;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        List<Team> teams = management.all();
        model.addAttribute("teams", teams);
        model.addAttribute("members", teams.stream().mapToInt(team -> team.members().size()).sum());
        model.addAttribute("subdistricts", grids.subdistricts());
        return "organization/teams";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String subdistrictCode, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String vendor, @RequestParam(required = false) Integer quarterlyQuota,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            Team created = management.create(new TeamForm(code, name, subdistrictCode, mode,
                    vendor.isBlank() ? null : new VendorReference(null, vendor), quarterlyQuota, null));
            return message("organization.page.team.created", created.code(), created.name());
        });
    }

    /** Replaces the members with the usernames listed, one per line or separated by commas or spaces. */
    @PostMapping("/{code}/members")
    String members(@PathVariable String code, @RequestParam(defaultValue = "") String members,
            RedirectAttributes redirect) {
        List<String> usernames = Arrays.stream(members.split("[\\s,，、]+")).filter(name -> !name.isBlank()).toList();
        return act(redirect, () -> {
            Team team = management.setMembers(code, usernames);
            return message("organization.page.team.members-saved", team.code(), team.members().size());
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
