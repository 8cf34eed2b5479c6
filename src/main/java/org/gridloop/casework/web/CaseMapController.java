package org.gridloop.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.casework.CaseQueries;
import org.gridloop.grid.BoundingBox;
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

    CaseMapController(CaseQueries queries, @Value("${gridloop.map.case-limit:2000}") int limit) {
        this.queries = queries;
        this.limit = limit;
    }

    @Operation(summary = "Open cases within a box, as GeoJSON points coloured by the stage clock's light",
            description = "bbox=west,south,east,north in degrees (WGS-84). At most gridloop.map.case-limit cases, "
                    + "newest first; truncated=true when the box holds more.")
    @GetMapping("/api/v1/map/cases")
    CaseMarkers within(@RequestParam(required = false) String bbox, Actor actor) {
        return CaseMarkers.of(queries.openWithin(box(bbox), actor, limit), limit);
    }

    static BoundingBox box(String bbox) {
        try {
            return BoundingBox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("bbox", "case.map.bbox", e.getMessage());
        }
    }
}
