package org.gridloop.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CasePage;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.Light;
import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue pages of the workstations ({@code /queues/{queue}}) and the case search
 * ({@code /cases}): newest first, filtered by subdistrict and case number, paginated. An htmx
 * request gets only the results, to replace them in place.
 */
@Controller
class QueuePageController {

    static final int PAGE_SIZE = 20;

    private final CaseQueries queries;
    private final GridDirectory grids;
    private final DepartmentLabels departments;

    QueuePageController(CaseQueries queries, GridDirectory grids, DepartmentLabels departments) {
        this.queries = queries;
        this.grids = grids;
        this.departments = departments;
    }

    @GetMapping("/queues/{name}")
    String queue(@PathVariable String name, @RequestParam(required = false) String section, ListFilters filters,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
        Queue queue = Queue.of(name).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "page.notFound", "No queue " + name));
        requirePost(actor, queue.post());
        String path = "/queues/" + queue.path();
        Queue.Section current = queue.section(section);
        List<CaseList.Tab> tabs = queue.sections().stream()
                .map(candidate -> new CaseList.Tab(candidate.key(),
                        "queue." + queue.path() + "." + candidate.key(),
                        queries.count(candidate.filter(actor, filters), actor),
                        CaseList.link(path, candidate.key(), filters, 0), candidate == current))
                .toList();
        CaseFilter filter = current.filter(actor, filters);
        String shownSection = queue.sections().size() > 1 ? current.key() : null;
        return show(CaseList.frame(path, "queue." + queue.path() + ".title", tabs.size() > 1 ? tabs : List.of(),
                shownSection, filters, false), filter, page, htmx, actor, model);
    }

    @GetMapping("/cases")
    String search(ListFilters filters, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
        Set<CaseStatus> statuses = filters.caseStatus().map(EnumSet::of).orElse(EnumSet.noneOf(CaseStatus.class));
        CaseFilter filter = new CaseFilter(statuses, filters.subdistrict(), filters.department(), null,
                filters.number(), null, filters.lightFilter().orElse(null));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("departmentChoices", departments.choices());
        return show(CaseList.frame("/cases", "search.title", List.of(), null, filters, true), filter, page, htmx,
                actor, model);
    }

    private String show(CaseList list, CaseFilter filter, int page, String htmx, Actor actor, Model model) {
        CasePage cases = queries.list(filter, list.filters().order(), actor, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("list", list.withResults(cases, queries.withProbableDuplicates(cases.content())));
        model.addAttribute("subdistricts", grids.subdistricts());
        model.addAttribute("lights", Light.values());
        model.addAttribute("departmentNames", departments.names());
        return htmx != null ? "casework/queue :: results" : "casework/queue";
    }

    /** Refuses a workstation page to users without its post. */
    static void requirePost(Actor actor, Post post) {
        if (!actor.holds(post)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "page.forbidden",
                    "This page is for another post");
        }
    }
}
