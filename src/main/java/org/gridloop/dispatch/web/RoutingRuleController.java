package org.gridloop.dispatch.web;

import java.util.List;

import org.gridloop.dispatch.internal.RoutingExplanations;
import org.gridloop.dispatch.internal.RoutingExplanations.Explanation;
import org.gridloop.dispatch.internal.RoutingRuleManagement;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleEntry;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleForm;
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
 * The routing rules (派遣规则) of the scheme in force: read by staff, changed by administrators,
 * and the tester that tells where a case of a class at a point would go.
 */
@RestController
@RequestMapping("/api/v1/routing-rules")
class RoutingRuleController {

    private final RoutingRuleManagement management;
    private final RoutingExplanations explanations;

    RoutingRuleController(RoutingRuleManagement management, RoutingExplanations explanations) {
        this.management = management;
        this.explanations = explanations;
    }

    @GetMapping
    List<RuleEntry> all() {
        return management.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    RuleEntry add(@RequestBody RuleForm form) {
        return management.add(form);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    RuleEntry replace(@PathVariable long id, @RequestBody RuleForm form) {
        return management.replace(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    void remove(@PathVariable long id) {
        management.remove(id);
    }

    /** Where a case of the class at the point would go, and the rule or fallback that decides it. */
    @GetMapping("/explain")
    Explanation explain(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String categoryCode, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon) {
        return explanations.explain(kind, categoryCode, lat, lon);
    }
}
