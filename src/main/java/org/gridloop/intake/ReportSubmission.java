package org.gridloop.intake;

import java.time.Instant;
import java.util.List;

/**
 * A report as it arrives from a channel, before any check.
 *
 * @param kind           {@code incident} or {@code asset}
 * @param categoryCode   the class code in the active scheme
 * @param clientId       the reporting client's own id of the report, making submission idempotent
 * @param caller         the hotline caller, for hotline reports
 * @param photos         identifiers of photos already stored by {@link Photos}
 * @param assetIdentifier the register asset an asset report is about, if the reporter names one
 * @param pinned         {@code true} when the reporter placed the point by hand (see {@link Location#pinned()})
 * @param urgent         the reporter's proposal that the problem is urgent; advisory, the shift
 *                       supervisor sets the case's urgency when registering it
 * @param filedAt        when the reporter filed it on the device (the API's {@code reportedAt}),
 *                       which may be long before it arrives; {@code null} for filed when received
 */
public record ReportSubmission(String kind, String categoryCode, Double latitude, Double longitude,
        Double accuracyMeters, String address, String description, String clientId, Caller caller,
        List<String> photos, String assetIdentifier, boolean pinned, boolean urgent, Instant filedAt) {

    public ReportSubmission {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A submission filed when received, with no urgency proposal. */
    public ReportSubmission(String kind, String categoryCode, Double latitude, Double longitude,
            Double accuracyMeters, String address, String description, String clientId, Caller caller,
            List<String> photos, String assetIdentifier, boolean pinned) {
        this(kind, categoryCode, latitude, longitude, accuracyMeters, address, description, clientId, caller,
                photos, assetIdentifier, pinned, false, null);
    }

    /** A submission whose position comes from the device. */
    public ReportSubmission(String kind, String categoryCode, Double latitude, Double longitude,
            Double accuracyMeters, String address, String description, String clientId, Caller caller,
            List<String> photos, String assetIdentifier) {
        this(kind, categoryCode, latitude, longitude, accuracyMeters, address, description, clientId, caller,
                photos, assetIdentifier, false);
    }

    /** A submission that names no asset (the hotline's, or an incident's). */
    public ReportSubmission(String kind, String categoryCode, Double latitude, Double longitude,
            Double accuracyMeters, String address, String description, String clientId, Caller caller,
            List<String> photos) {
        this(kind, categoryCode, latitude, longitude, accuracyMeters, address, description, clientId, caller,
                photos, null);
    }
}
