package org.gridloop.casework;

/**
 * An open case as a point on a map: where it is, what it is and how its stage clock stands.
 *
 * @param light the light of the stage clock now, {@code null} without one
 */
public record CasePoint(String number, CaseStatus status, String categoryName, CaseStage stage, Light light,
        double latitude, double longitude) {
}
