package org.gridloop.organization.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.gridloop.organization.InspectorPosition;

/** Inspectors' last positions as a GeoJSON FeatureCollection of points for the command map. */
record InspectorMarkers(String type, List<Feature> features) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record Feature(String type, Point geometry, Properties properties) {
    }

    /** A GeoJSON Point: longitude before latitude. */
    record Point(String type, double[] coordinates) {
    }

    /** @param reportedAt when the position arrived, in Asia/Shanghai time */
    record Properties(String username, String name, String team, Double accuracyMeters,
            OffsetDateTime reportedAt) {
    }

    static InspectorMarkers of(List<InspectorPosition> positions) {
        return new InspectorMarkers("FeatureCollection", positions.stream().map(InspectorMarkers::feature).toList());
    }

    private static Feature feature(InspectorPosition position) {
        return new Feature("Feature",
                new Point("Point", new double[] {position.longitude(), position.latitude()}),
                new Properties(position.username(), position.name(), position.team(), position.accuracyMeters(),
                        position.reportedAt().atZone(ZONE).toOffsetDateTime()));
    }
}
