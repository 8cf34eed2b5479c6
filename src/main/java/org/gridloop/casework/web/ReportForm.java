package org.gridloop.casework.web;

import java.util.List;

/**
 * The fields of a multipart report; its photos arrive as files named {@code photos}.
 */
record ReportForm(String kind, String categoryCode, Double lat, Double lon, Double accuracyMeters, String address,
        String description, String clientId, String callerName, String callerPhone, Boolean selfHandled,
        String assetIdentifier, Boolean pinned) {

    ReportRequest toRequest() {
        return new ReportRequest(kind, categoryCode, lat, lon, accuracyMeters, address, description, clientId,
                callerName, callerPhone, List.of(), selfHandled, assetIdentifier, pinned);
    }
}
