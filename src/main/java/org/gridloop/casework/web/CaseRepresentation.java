package org.gridloop.casework.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gridloop.grid.GridPlace;
import org.gridloop.intake.ReportedAsset;

/**
 * A case as the API shows it to one user: what it is, where, who holds it, what that user may
 * do with it now, and its timeline. {@code stage}, {@code light}, {@code dueAt} and
 * {@code remainingWorkingMinutes} (negative once overdue; natural minutes on an emergency clock)
 * describe the clock of the stage the case is in; {@code caseClock} the clock of the whole case
 * from registration. {@code reportedAt} is when the server received the report (every time limit
 * starts there), {@code filedAt} when the reporter filed it on the device, given only when that
 * was earlier; {@code urgentProposed} the reporter's advisory proposal that the problem is urgent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseRepresentation(String number, String status, String kind, CategoryPart category, LocationPart location,
        GridPart grid, boolean outsideGridArea, AssetPart asset, String description, String channel, String reporter,
        CallerPart caller, DepartmentPart department, String assignedInspector, boolean extensionPending,
        int dispatchCount, int returnCount, int reworkCount, String mergedInto, List<String> duplicates,
        List<String> probableDuplicates, List<String> photos, OffsetDateTime reportedAt, OffsetDateTime filedAt,
        boolean urgentProposed, int version,
        String urgency, String condition, String stage, String light, OffsetDateTime dueAt,
        Long remainingWorkingMinutes, Boolean clockPaused, CaseClockPart caseClock, List<String> allowedActions,
        List<EntryPart> timeline) {

    /** The clock of the whole case: its light (at its end once it ended) and due time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseClockPart(String light, OffsetDateTime dueAt, Boolean closedOnTime) {
    }

    record CategoryPart(String scheme, String code, String name, String majorName) {
    }

    /** @param pinned {@code true} when the reporter placed the point by hand */
    record LocationPart(double lat, double lon, Double accuracyMeters, String address, boolean pinned) {
    }

    record GridPart(String code, String community, String communityCode, String subdistrict,
            String subdistrictCode) {

        /** The grid part of a place, {@code null} outside the grid area. */
        static GridPart of(GridPlace place) {
            return place == null ? null : new GridPart(place.grid().value(), place.communityName(),
                    place.communityCode(), place.subdistrictName(), place.subdistrictCode());
        }
    }

    record CallerPart(String name, String phone) {
    }

    /**
     * The register asset the case is about; {@code picked} when intake took the nearest asset of
     * the class because the reporter named none.
     */
    record AssetPart(String identifier, String name, String departmentCode, boolean picked) {

        static AssetPart of(ReportedAsset asset) {
            return asset == null ? null
                    : new AssetPart(asset.identifier(), asset.name(), asset.departmentCode(), asset.picked());
        }
    }

    /** The department holding the case, or before dispatch the one routing proposes. */
    record DepartmentPart(String code, String name, boolean proposed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryPart(int sequence, String action, String from, String to, String actor, String post,
            OffsetDateTime at, Double lat, Double lon, String note, List<String> photos, String department,
            String inspector, String outcome, Integer minutes, String stageEnded, Boolean onTime,
            ReclassificationPart reclassification) {
    }

    /** 改类: the class before ({@code from}) and after ({@code to}) a reclassification. */
    record ReclassificationPart(ClassPart from, ClassPart to) {
    }

    record ClassPart(String kind, String code, String name) {
    }
}
