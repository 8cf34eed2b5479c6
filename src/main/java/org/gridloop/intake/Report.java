package org.gridloop.intake;

import java.time.Instant;
import java.util.List;

import org.gridloop.catalog.Category;
import org.gridloop.grid.GridPlace;

/**
 * A checked and normalized report: a known class of the active scheme, a valid position placed
 * in its grid, the channel and the reporter.
 *
 * @param place     the grid the position lies in, {@code null} for a public or hotline report
 *                  outside the grid area
 * @param reporter  username of the inspector or operator who submitted it
 * @param caller    the hotline caller, if any
 * @param clientId  the submitting client's id of the report, if given
 * @param asset     the register asset of an asset report, if named or found nearby
 * @param urgentProposed the reporter's proposal that the problem is urgent (advisory)
 * @param filedAt   when the reporter filed it on the device, at most {@link ReportIntake#MAX_FILED_AHEAD}
 *                  after its receipt; {@code null} for filed when received
 */
public record Report(Category category, Location location, GridPlace place, String description,
        Channel channel, String reporter, Caller caller, String clientId, List<String> photos,
        ReportedAsset asset, boolean urgentProposed, Instant filedAt) {

    public Report {
        photos = List.copyOf(photos);
    }

    public boolean outsideGridArea() {
        return place == null;
    }
}
