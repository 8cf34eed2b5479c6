package org.gridloop.casework.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.Deadlines;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseQueries;
import org.gridloop.catalog.Categories;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.organization.InspectorTeams;
import org.springframework.stereotype.Component;

/** Builds the {@link CaseSheet} of a case for one user. */
@Component
class CaseSheets {

    private final CaseManagement cases;
    private final CaseQueries queries;
    private final GridDirectory grids;
    private final DepartmentLabels departments;
    private final Deadlines deadlines;
    private final Clock clock;
    private final Accounts accounts;
    private final WorkGrids workGrids;
    private final InspectorTeams teams;
    private final Categories categories;

    CaseSheets(CaseManagement cases, CaseQueries queries, GridDirectory grids, DepartmentLabels departments,
            Deadlines deadlines, Clock clock, Accounts accounts, WorkGrids workGrids, InspectorTeams teams,
            Categories categories) {
        this.categories = categories;
        this.accounts = accounts;
        this.workGrids = workGrids;
        this.teams = teams;
        this.deadlines = deadlines;
        this.clock = clock;
        this.cases = cases;
        this.queries = queries;
        this.grids = grids;
        this.departments = departments;
    }

    CaseSheet of(CaseFile file, Actor actor) {
        boolean supervisionCenter = actor.holds(Post.INTAKE_OPERATOR) || actor.holds(Post.SHIFT_SUPERVISOR);
        Map<String, String> names = departments.names();
        String proposed = file.status().isTerminal() ? null : cases.proposedDepartment(file).orElse(null);
        CaseSheet.DepartmentPart department = file.department() != null
                ? new CaseSheet.DepartmentPart(file.department(), names.getOrDefault(file.department(),
                        file.department()), false)
                : proposed == null ? null
                        : new CaseSheet.DepartmentPart(proposed, names.getOrDefault(proposed, proposed), true);
        GridPlace place = file.facts().place();
        String outline = place == null ? null : grids.outlineGeoJson(place.grid()).orElse(null);
        List<String> actions = file.allowedActions(actor).stream().sorted(Comparator.naturalOrder())
                .map(CaseAction::apiName).toList();
        return new CaseSheet(file, supervisionCenter ? file.facts().caller() : null, department, proposed,
                queries.probableDuplicates(file), queries.duplicatesMergedInto(file), outline, actions,
                departments.choices(), names, accounts.displayNames(people(file)), inspectorChoices(file, actions),
                ClockView.of(file.clock(), deadlines, clock.instant()),
                actions.contains(CaseAction.RECLASSIFY.apiName())
                        ? HotlinePageController.groups(categories.reportable()) : List.of());
    }

    /** The inspectors a task of the case may go to, when the user may hand one out now. */
    private List<CaseSheet.InspectorChoice> inspectorChoices(CaseFile file, List<String> actions) {
        GridPlace place = file.facts().place();
        if (place == null || !(actions.contains(CaseAction.REQUEST_VERIFICATION.apiName())
                || actions.contains(CaseAction.REQUEST_CHECK.apiName())
                || actions.contains(CaseAction.REASSIGN.apiName()))) {
            return List.of();
        }
        Set<String> ofGrid = new LinkedHashSet<>(workGrids.containing(place.grid())
                .map(WorkGrid::inspectors).orElse(List.of()));
        Set<String> all = new LinkedHashSet<>(ofGrid);
        all.addAll(teams.members(place.subdistrictCode()));
        Map<String, String> names = accounts.displayNames(all);
        return all.stream().map(username -> new CaseSheet.InspectorChoice(username,
                names.getOrDefault(username, username), ofGrid.contains(username))).toList();
    }

    /** The usernames the page shows: the reporter, the assigned inspector, everyone on the timeline. */
    private static Set<String> people(CaseFile file) {
        Set<String> people = new HashSet<>();
        people.add(file.facts().reporter());
        people.add(file.assignedInspector());
        file.timeline().forEach(entry -> {
            people.add(entry.actor());
            people.add(entry.inspector());
        });
        people.remove(null);
        return people;
    }
}
