package org.gridloop.casework;

import java.util.List;

/**
 * What a user sends with an action. Each action reads the fields it needs:
 * {@code reason} (reject, decline, discard, requestReturn, requestSuspension, requestExtension),
 * {@code note} (any), {@code departmentCode} (dispatch; the routing proposal when absent),
 * {@code inspector} (requestVerification, requestCheck; chosen when absent),
 * {@code confirmed} (verify), {@code passed} (check), {@code granted} and {@code minutes}
 * (decideExtension), {@code approved} (decideSuspension), {@code minutes} (requestExtension),
 * {@code into} (merge), {@code urgency} ({@code normal} by default) and {@code condition} (the
 * registration condition, {@code default} by default) (register), {@code kind} ({@code asset} or
 * {@code incident}), {@code categoryCode} and {@code reason} (reclassify), {@code photos}, {@code lat}/{@code lon}
 * (where the actor stands) and {@code version} (the version the user saw; a newer one means
 * someone else acted first).
 */
public record ActionRequest(String note, String reason, String departmentCode, String inspector, Boolean confirmed,
        Boolean passed, Boolean granted, Boolean approved, Integer minutes, String into, List<String> photos,
        Double lat, Double lon, Integer version, String urgency, String condition, String kind,
        String categoryCode) {

    public ActionRequest {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null, List.of(), null, null,
                null, null, null, null, null);
    }

    public ActionRequest withPhotos(List<String> photoIds) {
        return new ActionRequest(note, reason, departmentCode, inspector, confirmed, passed, granted, approved,
                minutes, into, photoIds, lat, lon, version, urgency, condition, kind, categoryCode);
    }
}
