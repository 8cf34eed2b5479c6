package org.gridloop.timing.web;

import java.util.Set;

import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CaseNumber;
import org.gridloop.casework.CaseOrder;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.Light;
import org.gridloop.identity.Actor;
import org.gridloop.organization.Departments;
import org.gridloop.timing.Supervision;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision page (督办): the overdue cases within the user's scope, the most overdue first,
 * how many are due soon, and the latest urge notices (or all of one case's). A dispatcher or
 * leader urges a case from its page.
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'DEPARTMENT_HANDLER')")
class SupervisionPageController {

    static final int PAGE_SIZE = 50;
    private static final int NOTICES = 50;

    private final CaseQueries queries;
    private final Supervision supervision;
    private final Departments departments;

    SupervisionPageController(CaseQueries queries, Supervision supervision, Departments departments) {
        this.queries = queries;
        this.supervision = supervision;
        this.departments = departments;
    }

    /** @param number a case whose notices to list instead of the latest ones */
    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String number,
            Actor actor, Model model) {
        CaseFilter overdue = lit(Light.RED);
        model.addAttribute("overdue", queries.list(overdue, CaseOrder.DUE, actor, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("dueSoon", queries.count(lit(Light.YELLOW), actor));
        if (number != null && CaseNumber.isValid(number.strip())) {
            model.addAttribute("caseNumber", number.strip());
            model.addAttribute("notices", supervision.noticesOf(number.strip(), actor));
        } else {
            model.addAttribute("notices", supervision.recentNotices(actor, NOTICES));
        }
        model.addAttribute("departmentNames", departments.names(LocaleContextHolder.getLocale()));
        return "timing/supervision";
    }

    private static CaseFilter lit(Light light) {
        return new CaseFilter(Set.of(), null, null, null, null, null, light);
    }
}
