package org.gridloop.intake;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException.FieldProblem;

/**
 * A WGS-84 position with its accuracy and the address given for it.
 *
 * @param accuracyMeters the reported accuracy of the position, if known
 * @param address        the address given by the reporter, if any
 * @param pinned         {@code true} when the reporter placed the point by hand on the map
 *                       instead of taking the device's position
 */
public record Location(double latitude, double longitude, Double accuracyMeters, String address, boolean pinned) {

    /** A position taken from the device. */
    public Location(double latitude, double longitude, Double accuracyMeters, String address) {
        this(latitude, longitude, accuracyMeters, address, false);
    }

    /** Range problems of a WGS-84 position given as {@code lat}/{@code lon}; absent values pass. */
    public static List<FieldProblem> rangeProblems(Double latitude, Double longitude) {
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude != null && (!Double.isFinite(latitude) || latitude < -90 || latitude > 90)) {
            problems.add(new FieldProblem("lat", "report.lat.range", "must be between -90 and 90"));
        }
        if (longitude != null && (!Double.isFinite(longitude) || longitude < -180 || longitude > 180)) {
            problems.add(new FieldProblem("lon", "report.lon.range", "must be between -180 and 180"));
        }
        return problems;
    }
}
