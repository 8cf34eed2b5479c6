package org.gridloop.casework;

import java.time.Instant;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.intake.Channel;

/**
 * A case as a line in a queue or a search result, with the light and due time of the stage it is
 * in ({@code null} once it ended; {@code paused} while the stage clock stands still).
 */
public record CaseSummary(String number, CaseStatus status, CategoryKind kind, String categoryCode,
        String categoryName, String gridCode, String communityName, String subdistrictCode, String subdistrictName,
        String address, double latitude, double longitude, String description, Channel channel, String department, String assignedInspector,
        boolean extensionPending, Instant reportedAt, Instant updatedAt, CaseStage stage, Light light, Instant dueAt,
        boolean paused) {
}
