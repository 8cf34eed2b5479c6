package org.gridloop.casework.web;

import java.util.List;

import org.gridloop.casework.CaseSummary;

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

    static CaseMarkers of(List<CaseSummary> cases, int limit) {
        List<Feature> features = cases.stream().limit(limit).map(CaseMarkers::feature).toList();
        return new CaseMarkers("FeatureCollection", features, cases.size() > limit);
    }

    private static Feature feature(CaseSummary summary) {
        return new Feature("Feature", new Point("Point", new double[] {summary.longitude(), summary.latitude()}),
                new Properties(summary.number(), summary.status().name(),
                        summary.light() == null ? null : summary.light().name(), summary.categoryName(),
                        summary.stage() == null ? null : summary.stage().name()));
    }
}
