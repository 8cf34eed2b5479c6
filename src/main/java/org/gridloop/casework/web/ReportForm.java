package org.gridloop.casework.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The fields of a multipart report; its photos arrive as files named {@code photos}.
 *
 * @param reportedAt ISO 8601 with offset, as in the JSON report
 */
record ReportForm(String kind, String categoryCode, Double lat, Double lon, Double accuracyMeters, String address,
        String description, String clientId, String callerName, String callerPhone, Boolean selfHandled,
        String assetIdentifier, Boolean pinned, Boolean urgent,
        @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime reportedAt) {

    ReportRequest toRequest() {
        return new ReportRequest(kind, categoryCode, lat, lon, accuracyMeters, address, description, clientId,
                callerName, callerPhone, List.of(), selfHandled, assetIdentifier, pinned, urgent, reportedAt);
    }
}
