package org.gridloop.intake;

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
 */
public record ReportSubmission(String kind, String categoryCode, Double latitude, Double longitude,
        Double accuracyMeters, String address, String description, String clientId, Caller caller,
        List<String> photos, String assetIdentifier, boolean pinned) {

    public ReportSubmission {
        photos = photos == null ? List.of() : List.copyOf(photos);
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
