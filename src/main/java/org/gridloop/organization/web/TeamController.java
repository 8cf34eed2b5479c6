package org.gridloop.organization.web;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.organization.internal.TeamManagement;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.gridloop.organization.internal.TeamManagement.TeamForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inspector teams (监督员队伍) with their members; administrators create and edit them. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {

    private final TeamManagement management;

    TeamController(TeamManagement management) {
        this.management = management;
    }

    @GetMapping
    List<Team> all() {
        return management.all();
    }

    @GetMapping("/{code}")
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
}
