package org.gridloop.casework.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gridloop.casework.CaseCell;
import org.gridloop.casework.CasePoint;

/**
 * Open cases as a GeoJSON FeatureCollection of points for the command map; {@code truncated}
 * (a foreign member) says that more cases lie in the box than were sent, the newest ones first.
 * At a low zoom the points are cells instead, each with the counts of its cases (see
 * {@link ClusterProperties}).
 */
record CaseMarkers(String type, List<Feature> features, boolean truncated) {

    record Feature(String type, Point geometry, Object properties) {
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

    /**
     * The open cases of one cell: how many in all and per light of the stage clock;
     * {@code untimed} (cases without a stage clock) only when there are any.
     */
    record ClusterProperties(long count, long red, long yellow, long green,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long untimed) {
    }

    /** One feature per occupied cell, at the mean position of its cases. */
    static CaseMarkers cells(List<CaseCell> cells) {
        List<Feature> features = cells.stream().map(cell -> new Feature("Feature",
                new Point("Point", new double[] {cell.longitude(), cell.latitude()}),
                new ClusterProperties(cell.count(), cell.red(), cell.yellow(), cell.green(),
                        cell.untimed() > 0 ? cell.untimed() : null))).toList();
        return new CaseMarkers("FeatureCollection", features, false);
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
