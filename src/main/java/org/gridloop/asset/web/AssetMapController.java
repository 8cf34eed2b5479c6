package org.gridloop.asset.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.asset.internal.AssetClasses;
import org.gridloop.asset.internal.AssetMapLayer;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.MapZoom;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The asset layer of the command map, for any signed-in user: clusters below zoom 17, assets
 * from zoom 17 (see {@link AssetMapLayer}).
 */
@RestController
@Tag(name = "Map")
class AssetMapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final AssetMapLayer layer;
    private final AssetClasses classes;

    AssetMapController(AssetMapLayer layer, AssetClasses classes) {
        this.layer = layer;
        this.classes = classes;
    }

    @Operation(summary = "Assets in a map view as GeoJSON points",
            description = "bbox=west,south,east,north in WGS-84 degrees; zoom 0–22. Below zoom 17 one Point per "
                    + "occupied cell with properties {\"count\": n}; from zoom 17 one Point per asset with "
                    + "identifier, classCode, name and status (clustered again beyond 2,000 assets). "
                    + "class=<code> keeps one asset class. Removed assets are never shown.")
    @GetMapping(path = "/api/v1/map/assets", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> assets(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
            @RequestParam(name = "class", required = false) String classCode) {
        BoundingBox box = BoundingBox.ofParameter(bbox);
        int level = MapZoom.ofParameter(zoom);
        String code = classCode == null || classCode.isBlank() ? null : classCode.strip();
        if (code != null && classes.find(code).isEmpty()) {
            throw DomainException.invalidField("class", "asset.map.class",
                    "No asset class of the active scheme has this code");
        }
        return ResponseEntity.ok().body(layer.features(box, level, code));
    }
}
