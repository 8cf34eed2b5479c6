package org.gridloop.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.casework.CaseQueries;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.MapZoom;
import org.gridloop.identity.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases layer of the command map: open cases within the visible box and the user's scope.
 */
@RestController
@Tag(name = "Map")
class CaseMapController {

    private final CaseQueries queries;

    private final int limit;
    private final int clusterBelowZoom;

    CaseMapController(CaseQueries queries, @Value("${gridloop.map.case-limit:2000}") int limit,
            @Value("${gridloop.map.case-cluster-below-zoom:15}") int clusterBelowZoom) {
        this.queries = queries;
        this.limit = limit;
        this.clusterBelowZoom = clusterBelowZoom;
    }

    @Operation(summary = "Open cases within a box, as GeoJSON points coloured by the stage clock's light",
            description = "bbox=west,south,east,north in degrees (WGS-84). At most gridloop.map.case-limit cases, "
                    + "newest first; truncated=true when the box holds more. zoom 0–22 (optional): below "
                    + "gridloop.map.case-cluster-below-zoom (15) one Point per occupied cell of 64 screen pixels, "
                    + "at the mean position of its cases, with properties count, red, yellow, green and untimed "
                    + "(only when some cases have no stage clock); without zoom always cases.")
    @GetMapping("/api/v1/map/cases")
    CaseMarkers within(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
            Actor actor) {
        BoundingBox box = BoundingBox.ofParameter(bbox);
        if (zoom != null) {
            int level = MapZoom.ofParameter(zoom);
            if (level < clusterBelowZoom) {
                return CaseMarkers.cells(queries.openCellsWithin(box, actor, level));
            }
        }
        return CaseMarkers.of(queries.openWithin(box, actor, limit), limit);
    }

}
