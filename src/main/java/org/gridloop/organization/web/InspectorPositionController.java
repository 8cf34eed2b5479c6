package org.gridloop.organization.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.grid.BoundingBox;
import org.gridloop.identity.Actor;
import org.gridloop.organization.InspectorPosition;
import org.gridloop.organization.InspectorPositions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspectors' positions: the field app reports where its inspector is, and the command map shows
 * the positions reported recently (2 hours by default, {@code gridloop.map.inspector-window}).
 */
@RestController
@Tag(name = "Map")
class InspectorPositionController {

    /** A position as the field app sends it. */
    record PositionReport(Double lat, Double lon, Double accuracyMeters) {
    }

    /** The position as kept. */
    record StoredPosition(String username, double lat, double lon, Double accuracyMeters,
            OffsetDateTime reportedAt) {

        static StoredPosition of(InspectorPosition position) {
            return new StoredPosition(position.username(), position.latitude(), position.longitude(),
                    position.accuracyMeters(), position.reportedAt().atZone(InspectorMarkers.ZONE).toOffsetDateTime());
        }
    }

    private final InspectorPositions positions;
    private final Clock clock;
    private final Duration window;

    InspectorPositionController(InspectorPositions positions, Clock clock,
            @Value("${gridloop.map.inspector-window:2h}") Duration window) {
        this.positions = positions;
        this.clock = clock;
        this.window = window;
    }

    @Operation(summary = "Report where you are (inspectors' field app)",
            description = "Keeps the position as your last one; lat and lon in degrees (WGS-84), accuracyMeters "
                    + "optional, 0–10000.")
    @PostMapping(path = "/api/v1/inspectors/position", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('INSPECTOR')")
    StoredPosition report(@RequestBody PositionReport report, Actor actor) {
        return StoredPosition.of(positions.report(actor.username(), report.lat(), report.lon(),
                report.accuracyMeters()));
    }

    @Operation(summary = "Inspectors' last positions within a box, reported within the window (2 h by default)",
            description = "bbox=west,south,east,north in degrees (WGS-84).")
    @GetMapping("/api/v1/map/inspectors")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'ADMINISTRATOR')")
    InspectorMarkers within(@RequestParam(required = false) String bbox) {
        return InspectorMarkers.of(positions.reportedWithin(BoundingBox.ofParameter(bbox),
                clock.instant().minus(window)));
    }
}
