package org.gridloop.casework.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseSummary;
import org.gridloop.intake.Caller;

/**
 * A case as its page shows it to one user: the case itself and what the page adds to it.
 *
 * @param caller             the hotline caller, for the supervision center only
 * @param department         the department holding the case, or the one routing proposes
 * @param proposedDepartment the routing proposal, preselected in the dispatch form
 * @param outline            the unit grid's outline as GeoJSON, {@code null} outside the grid area
 * @param actions            the API names of the actions the user may take now, in workflow order
 * @param staffNames         display names of the people the case names (reporter, steps, inspectors) by username
 * @param inspectors         whom a verification or check task may go to: the unit grid's own inspectors
 *                           first, then the rest of the subdistrict's team
 * @param categoryGroups     the reportable classes a reclassification may choose, when the user may reclassify
 */
record CaseSheet(CaseFile file, Caller caller, DepartmentPart department, String proposedDepartment,
        List<CaseSummary> probableDuplicates, List<String> duplicates, String outline, List<String> actions,
        List<DepartmentLabels.Choice> departments, Map<String, String> departmentNames, Map<String, String> staffNames,
        List<InspectorChoice> inspectors, ClockView clock, List<HotlinePageController.CategoryGroup> categoryGroups) {

    private static final Set<String> PHOTO_ACTIONS = Set.of("reportHandled", "check");
    private static final Set<String> REASON_ACTIONS = Set.of("reject", "decline", "requestReturn", "requestExtension",
            "requestSuspension", "discard", "reclassify");
    private static final Set<String> ENDING_ACTIONS = Set.of("reject", "decline", "discard");

    /** An inspector offered for a task; {@code ofGrid} for those assigned to the case's unit grid. */
    record InspectorChoice(String username, String name, boolean ofGrid) {
    }

    public List<InspectorChoice> gridInspectors() {
        return inspectors.stream().filter(InspectorChoice::ofGrid).toList();
    }

    public List<InspectorChoice> teamInspectors() {
        return inspectors.stream().filter(choice -> !choice.ofGrid()).toList();
    }

    /** A department named on the page; {@code proposed} before dispatch. */
    record DepartmentPart(String code, String name, boolean proposed) {
    }

    /** The case to merge into that the merge form offers first. */
    public String mergeTarget() {
        return probableDuplicates.isEmpty() ? null : probableDuplicates.get(0).number();
    }

    public String departmentName(String code) {
        return code == null ? "" : departmentNames.getOrDefault(code, code);
    }

    /** A person named on the page by name, with the username when it differs: {@code 张伟 (supervisor)}. */
    public String staffName(String username) {
        if (username == null) {
            return "";
        }
        String name = staffNames.get(username);
        return name == null || name.equals(username) ? username : name + " (" + username + ")";
    }

    /** Whether the action's form sends photos. */
    public boolean uploadsPhotos(String action) {
        return PHOTO_ACTIONS.contains(action);
    }

    /** Whether the action's form asks for a reason (required) instead of a note. */
    public boolean asksReason(String action) {
        return REASON_ACTIONS.contains(action);
    }

    /** Whether the action ends the case without handling it, shown as a warning button. */
    public boolean ends(String action) {
        return ENDING_ACTIONS.contains(action);
    }
}
