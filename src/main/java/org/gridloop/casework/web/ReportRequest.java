package org.gridloop.casework.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.gridloop.intake.Caller;
import org.gridloop.intake.ReportSubmission;

/**
 * A report as the API receives it, as JSON or as the fields of a multipart form.
 *
 * @param kind        {@code incident} or {@code asset}
 * @param photos      identifiers of photos uploaded before through {@code POST /api/v1/photos}
 * @param callerName  the hotline caller's name (operator reports)
 * @param callerPhone the hotline caller's phone (operator reports, required there)
 * @param selfHandled {@code true} when the inspector fixed the problem on the spot (自行处置);
 *                    the photos then show before and after
 * @param assetIdentifier the register asset an asset report is about; without it the nearest
 *                    asset of the class within 30 m is taken, if there is one
 * @param pinned      {@code true} when the reporter placed the point by hand on the map
 * @param urgent      the reporter's proposal that the problem is urgent (advisory: the shift
 *                    supervisor sets the urgency at registration)
 * @param reportedAt  when the reporter filed it on the device, if before it was sent; at most
 *                    2 minutes after the server receives it
 */
record ReportRequest(String kind, String categoryCode, Double lat, Double lon, Double accuracyMeters,
        String address, String description, String clientId, String callerName, String callerPhone,
        List<String> photos, Boolean selfHandled, String assetIdentifier, Boolean pinned, Boolean urgent,
        OffsetDateTime reportedAt) {

    boolean isSelfHandled() {
        return Boolean.TRUE.equals(selfHandled);
    }

    ReportSubmission toSubmission() {
        Caller caller = callerName == null && callerPhone == null ? null : new Caller(callerName, callerPhone);
        return new ReportSubmission(kind, categoryCode, lat, lon, accuracyMeters, address, description, clientId,
                caller, photos, assetIdentifier, Boolean.TRUE.equals(pinned), Boolean.TRUE.equals(urgent),
                reportedAt == null ? null : reportedAt.toInstant());
    }
}
