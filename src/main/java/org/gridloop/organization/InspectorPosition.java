package org.gridloop.organization;

import java.time.Instant;

/**
 * The last position an inspector's field app reported (定位).
 *
 * @param name           the inspector's name
 * @param team           the name of the inspector's team
 * @param accuracyMeters the accuracy the device gave, {@code null} when it gave none
 * @param reportedAt     when the device took the position (the newest sample's time)
 */
public record InspectorPosition(String username, String name, String team, double latitude, double longitude,
        Double accuracyMeters, Instant reportedAt) {
}
