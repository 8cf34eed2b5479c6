package org.gridloop.field.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One sync batch from a field client: the reports, task results and position samples it has
 * queued, and the cursor of the task changes it has already seen.
 *
 * @param cursor    the {@code cursor} of the previous answer; {@code 0} or absent for the first sync
 */
public record SyncRequest(Long cursor, List<QueuedReport> reports, List<QueuedResult> results,
        List<QueuedPosition> positions) {

    public SyncRequest {
        reports = reports == null ? List.of() : List.copyOf(reports);
        results = results == null ? List.of() : List.copyOf(results);
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    public long cursorOrZero() {
        return cursor == null ? 0 : cursor;
    }

    /**
     * A report (上报) queued on the phone.
     *
     * @param pinned      {@code true} when the inspector placed the point by hand
     * @param urgent      the inspector's view that the problem is urgent; advisory, the shift
     *                    supervisor sets the case's urgency when registering it
     * @param afterPhotos the photos after a self-handled fix (自行处置)
     * @param reportedAt  when the inspector filed it on the phone, which may be long before it is sent
     */
    public record QueuedReport(String clientId, String kind, String categoryCode, Double lat, Double lon,
            Double accuracyMeters, Boolean pinned, String address, String description, Boolean urgent,
            String assetIdentifier, Boolean selfHandled, List<String> photos, List<String> afterPhotos,
            OffsetDateTime reportedAt) {

        public QueuedReport {
            photos = photos == null ? List.of() : List.copyOf(photos);
            afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
        }

        public boolean isPinned() {
            return Boolean.TRUE.equals(pinned);
        }

        public boolean isSelfHandled() {
            return Boolean.TRUE.equals(selfHandled);
        }
    }

    /**
     * The result of a verification (核实) or check (核查) task queued on the phone.
     *
     * @param action  {@code verify} or {@code check}
     * @param outcome {@code CONFIRMED} or {@code NOT_FOUND} (verify), {@code PASSED} or
     *                {@code FAILED} (check), the outcome names of the case's timeline
     * @param lat     where the inspector stood, if known
     */
    public record QueuedResult(String clientId, String caseNumber, String action, String outcome, String note,
            List<String> photos, OffsetDateTime at, Double lat, Double lon) {

        public QueuedResult {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    /** A position sample, with the device's own time. */
    public record QueuedPosition(OffsetDateTime at, Double lat, Double lon, Double accuracyMeters) {
    }
}
