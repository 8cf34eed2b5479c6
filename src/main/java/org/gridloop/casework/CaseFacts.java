package org.gridloop.casework;

import java.time.Instant;
import java.util.List;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridPlace;
import org.gridloop.intake.Caller;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.gridloop.intake.ReportedAsset;

/**
 * What a case was reported as; fixed when the case is created but for its class, which the
 * supervision center may correct before registration (改类). The class is kept with the
 * scheme and names it was reported under, so a later change of scheme does not rewrite it.
 *
 * @param place    the grid, community and subdistrict, or {@code null} outside the grid area
 * @param asset    the register asset an asset report is about, if known
 * @param reporter username of the inspector or operator who submitted the report
 * @param caller   the hotline caller (private), if any
 * @param clientId the reporting client's id of the report, if given
 * @param photos   the report's photos; those after a self-handled fix (自行处置) are the step's
 * @param reportedAt when the server received the report; every time limit starts here
 * @param urgentProposed the reporter's proposal that the problem is urgent (上报人建议紧急); advisory,
 *                 the shift supervisor sets the case's urgency at registration
 * @param filedAt  when the reporter filed it on the device, if before {@code reportedAt} (a phone
 *                 that was offline sends its queue later); {@code null} for filed when received
 */
public record CaseFacts(CategoryKind kind, String scheme, String categoryCode, String categoryName,
        String majorName, Location location, GridPlace place, ReportedAsset asset, String description, Channel channel,
        String reporter, Caller caller, String clientId, List<String> photos, Instant reportedAt,
        boolean urgentProposed, Instant filedAt) {

    public CaseFacts {
        photos = List.copyOf(photos);
    }

    /**
     * The same facts filed under another class (改类), with the register asset found for it, if
     * any; everything reported stays.
     */
    public CaseFacts reclassified(CategoryKind newKind, String newScheme, String newCode, String newName,
            String newMajorName, ReportedAsset newAsset) {
        return new CaseFacts(newKind, newScheme, newCode, newName, newMajorName, location, place, newAsset,
                description, channel, reporter, caller, clientId, photos, reportedAt, urgentProposed, filedAt);
    }

    /** Whether the reporter filed it on the device before the server received it. */
    public boolean filedBeforeReceipt() {
        return filedAt != null && filedAt.isBefore(reportedAt);
    }

    public String subdistrictCode() {
        return place == null ? null : place.subdistrictCode();
    }
}
