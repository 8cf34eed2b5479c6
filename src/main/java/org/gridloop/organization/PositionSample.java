package org.gridloop.organization;

import java.time.Instant;

/**
 * One position sample of an inspector's field app (定位点), taken at the device's own time.
 *
 * @param at             when the device took it; {@code null} when the client sent none or no
 *                       readable time (the sample is then refused)
 * @param latitude       WGS-84 degrees
 * @param longitude      WGS-84 degrees
 * @param accuracyMeters the accuracy radius the device gave, {@code null} when it gave none
 */
public record PositionSample(Instant at, Double latitude, Double longitude, Double accuracyMeters) {
}
