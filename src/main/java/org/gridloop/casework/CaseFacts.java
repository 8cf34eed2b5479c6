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
 * What a case was reported as; fixed when the case is created. The class is kept with the
 * scheme and names it was reported under, so a later change of scheme does not rewrite it.
 *
 * @param place    the grid, community and subdistrict, or {@code null} outside the grid area
 * @param asset    the register asset an asset report is about, if known
 * @param reporter username of the inspector or operator who submitted the report
 * @param caller   the hotline caller (private), if any
 * @param clientId the reporting client's id of the report, if given
 */
public record CaseFacts(CategoryKind kind, String scheme, String categoryCode, String categoryName,
        String majorName, Location location, GridPlace place, ReportedAsset asset, String description, Channel channel,
        String reporter, Caller caller, String clientId, List<String> photos, Instant reportedAt) {

    public CaseFacts {
        photos = List.copyOf(photos);
    }

    public String subdistrictCode() {
        return place == null ? null : place.subdistrictCode();
    }
}
