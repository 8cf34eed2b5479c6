package org.gridloop.organization.web;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.organization.internal.ContractManagement;
import org.gridloop.organization.internal.ContractManagement.Contract;
import org.gridloop.organization.internal.ContractManagement.ContractForm;
import org.gridloop.organization.internal.TeamManagement;
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

/** The contracts of an outsourced team with its vendors; administrators enter and edit them. */
@RestController
@RequestMapping("/api/v1/teams/{code}/contracts")
class ContractController {

    private final ContractManagement management;
    private final TeamManagement teams;

    ContractController(ContractManagement management, TeamManagement teams) {
        this.management = management;
        this.teams = teams;
    }

    @GetMapping
    @PreAuthorize(TeamController.READERS)
    List<Contract> all(@PathVariable String code) {
        if (teams.find(code).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "organization.team.unknown", "No such team", code);
        }
        return management.ofTeam(code);
    }

    @GetMapping("/{id}")
    @PreAuthorize(TeamController.READERS)
    Contract one(@PathVariable String code, @PathVariable long id) {
        return management.find(code, id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.contract.unknown", "No such contract", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Contract create(@PathVariable String code, @RequestBody ContractForm form) {
        return management.create(code, form);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Contract update(@PathVariable String code, @PathVariable long id, @RequestBody ContractForm form) {
        return management.update(code, id, form);
    }
}
