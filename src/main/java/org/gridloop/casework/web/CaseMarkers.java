package org.gridloop.casework.web;

import java.util.List;

import org.gridloop.casework.CasePoint;

/**
 * Open cases as a GeoJSON FeatureCollection of points for the command map; {@code truncated}
 * (a foreign member) says that more cases lie in the box than were sent, the newest ones first.
 */
record CaseMarkers(String type, List<Feature> features, boolean truncated) {

    record Feature(String type, Point geometry, Properties properties) {
    }

    /** A GeoJSON Point: longitude before latitude. */
    record Point(String type, double[] coordinates) {
    }

    /**
     * @param light    the stage clock's light (GREEN, YELLOW, RED), {@code null} without a stage clock
     * @param category the name of the case's category
     */
    record Properties(String number, String status, String light, String category, String stage) {
    }

    static CaseMarkers of(List<CasePoint> cases, int limit) {
        List<Feature> features = cases.stream().limit(limit).map(CaseMarkers::feature).toList();
        return new CaseMarkers("FeatureCollection", features, cases.size() > limit);
    }

    private static Feature feature(CasePoint point) {
        return new Feature("Feature", new Point("Point", new double[] {point.longitude(), point.latitude()}),
                new Properties(point.number(), point.status().name(),
                        point.light() == null ? null : point.light().name(), point.categoryName(),
                        point.stage() == null ? null : point.stage().name()));
    }
}
