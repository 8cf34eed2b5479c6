package org.gridloop.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.organization.internal.QuotaManagement;
import org.gridloop.organization.internal.QuotaManagement.QuarterQuota;
import org.gridloop.organization.internal.QuotaManagement.QuotaForm;
import org.gridloop.organization.internal.TeamManagement;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.gridloop.organization.internal.TeamManagement.TeamForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspector teams (监督员队伍) with their members and their quotas per quarter (达标量);
 * administrators create and edit them, leaders and shift supervisors read them.
 */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {

    static final String READERS = "hasAnyRole('ADMINISTRATOR', 'LEADER', 'SHIFT_SUPERVISOR')";

    /**
     * A quarter's quota as the API shows it.
     *
     * @param source {@code quarter}, {@code contract} or {@code team}; {@code null} with no quota
     */
    record QuotaView(String teamCode, String quarter, LocalDate firstDay, LocalDate lastDay, Integer quota,
            String source, Long contractId, int version) {

        static QuotaView of(QuarterQuota quota) {
            return new QuotaView(quota.teamCode(), quota.quarter().toString(), quota.quarter().firstDay(),
                    quota.quarter().lastDay(), quota.quota(),
                    quota.source() == null ? null : quota.source().name().toLowerCase(Locale.ROOT),
                    quota.contractId(), quota.version());
        }
    }

    private final TeamManagement management;
    private final QuotaManagement quotas;

    TeamController(TeamManagement management, QuotaManagement quotas) {
        this.management = management;
        this.quotas = quotas;
    }

    @GetMapping
    @PreAuthorize(READERS)
    List<Team> all() {
        return management.all();
    }

    @GetMapping("/{code}")
    @PreAuthorize(READERS)
    Team one(@PathVariable String code) {
        return management.find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Team create(@RequestBody TeamForm form) {
        return management.create(form);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Team update(@PathVariable String code, @RequestBody TeamForm form) {
        return management.update(code, form);
    }

    /** Replaces the members with the listed inspector accounts. */
    @PutMapping("/{code}/members")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Team setMembers(@PathVariable String code, @RequestBody List<String> members) {
        return management.setMembers(code, members);
    }

    /** The quarters that have a quota of their own. */
    @GetMapping("/{code}/quotas")
    @PreAuthorize(READERS)
    List<QuotaView> quotas(@PathVariable String code) {
        return quotas.set(code).stream().map(QuotaView::of).toList();
    }

    /** The quota of the quarter {@code yyyy-Qn}, its own or the one it falls back to. */
    @GetMapping("/{code}/quotas/{quarter}")
    @PreAuthorize(READERS)
    QuotaView quota(@PathVariable String code, @PathVariable String quarter) {
        return QuotaView.of(quotas.of(code, quarter));
    }

    @PutMapping("/{code}/quotas/{quarter}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    QuotaView setQuota(@PathVariable String code, @PathVariable String quarter, @RequestBody QuotaForm form) {
        return QuotaView.of(quotas.set(code, quarter, form));
    }

    /** Removes the quarter's own quota; the quota it falls back to is answered. */
    @DeleteMapping("/{code}/quotas/{quarter}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    QuotaView clearQuota(@PathVariable String code, @PathVariable String quarter,
            @RequestParam(required = false) Integer version) {
        return QuotaView.of(quotas.clear(code, quarter, version));
    }
}
