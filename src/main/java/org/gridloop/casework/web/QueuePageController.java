package org.gridloop.casework.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.DomainException;
import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CasePage;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.CaseSummary;
import org.gridloop.casework.Light;
import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.Channel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue pages of the workstations ({@code /queues/{queue}}) and the case search
 * ({@code /cases}): newest first, filtered by subdistrict and case number (the search also by
 * status, department, period, class and channel), paginated, and the search exported. An htmx
 * request gets only the results, to replace them in place.
 */
@Controller
class QueuePageController {

    static final int PAGE_SIZE = 20;

    /** The most cases one export holds. */
    static final int MAX_EXPORT = 50_000;

    private final CaseQueries queries;
    private final GridDirectory grids;
    private final DepartmentLabels departments;
    private final MessageSource messages;
    private final Clock clock;

    QueuePageController(CaseQueries queries, GridDirectory grids, DepartmentLabels departments,
            MessageSource messages, Clock clock) {
        this.queries = queries;
        this.grids = grids;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
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
        CaseFilter filter = searchFilter(filters);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("departmentChoices", departments.choices());
        return show(CaseList.frame("/cases", "search.title", List.of(), null, filters, true), filter, page, htmx,
                actor, model);
    }

    /**
     * The cases the search selects as CSV or .xlsx, newest first or by due time as the page sorts
     * them; refused naming the limit when the search selects more than a file should hold.
     */
    @GetMapping("/cases/export")
    void export(ListFilters filters, @RequestParam(defaultValue = "xlsx") String format, Actor actor,
            Locale locale, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format.strip());
        if (!csv && !"xlsx".equalsIgnoreCase(format.strip())) {
            throw DomainException.invalidField("format", "export.format", "csv or xlsx");
        }
        CaseFilter filter = searchFilter(filters);
        long total = queries.count(filter, actor);
        if (total > MAX_EXPORT) {
            throw new DomainException(DomainException.Kind.INVALID, "export.tooMany",
                    "More than " + MAX_EXPORT + " cases: narrow the search", total, MAX_EXPORT);
        }
        List<CaseSummary> cases = new ArrayList<>();
        for (int page = 0; cases.size() < total; page++) {
            CasePage found = queries.list(filter, filters.order(), actor, page, CaseQueries.MAX_PAGE_SIZE);
            if (found.content().isEmpty()) {
                break;
            }
            cases.addAll(found.content());
        }
        CaseExport export = new CaseExport(messages, locale, departments.names());
        String name = "cases-" + LocalDate.ofInstant(clock.instant(), CaseRepresentations.ZONE) + (csv ? ".csv" : ".xlsx");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            export.csv(cases, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.xlsx(cases, response.getOutputStream());
        }
    }

    /** What the search page's filters select, also for its export. */
    static CaseFilter searchFilter(ListFilters filters) {
        Set<CaseStatus> statuses = filters.caseStatus().map(EnumSet::of).orElse(EnumSet.noneOf(CaseStatus.class));
        return new CaseFilter(statuses, filters.subdistrict(), filters.department(), null, filters.number(), null,
                filters.lightFilter().orElse(null), null, filters.reportedFrom(), filters.reportedBefore(),
                filters.category(), filters.channelFilter().orElse(null));
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
