package org.gridloop.intake;

/**
 * A WGS-84 position with its accuracy and the address given for it.
 *
 * @param accuracyMeters the reported accuracy of the position, if known
 * @param address        the address given by the reporter, if any
 */
public record Location(double latitude, double longitude, Double accuracyMeters, String address) {
}
