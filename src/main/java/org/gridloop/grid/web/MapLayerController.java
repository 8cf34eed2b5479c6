package org.gridloop.grid.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.MapZoom;
import org.gridloop.grid.internal.MapLayers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layers of the command map, for any signed-in user (bearer token, or the page session for
 * these reads): the administrative areas of a level, and the unit grids inside a box at a zoom.
 */
@RestController
@RequestMapping("/api/v1/map")
class MapLayerController {

    private static final MediaType GEO_JSON = new MediaType("application", "geo+json", StandardCharsets.UTF_8);

    private final MapLayers layers;

    MapLayerController(MapLayers layers) {
        this.layers = layers;
    }

    /** {@code level=subdistrict|community}: the areas with {@code code} and {@code name}. */
    @GetMapping("/areas")
    ResponseEntity<String> areas(@RequestParam(required = false) String level) {
        MapLayers.Level parsed;
        try {
            parsed = MapLayers.Level.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("level", "grid.map.level", "The level is subdistrict or community");
        }
        return geoJson(layers.areas(parsed));
    }

    /**
     * {@code bbox=west,south,east,north&zoom=Z}: the unit grids of the version in effect meeting
     * the box, with {@code code}, {@code communityCode}, {@code communityName},
     * {@code subdistrictName} and {@code workGrid}, simplified to about a pixel at the zoom.
     */
    @GetMapping("/grids")
    ResponseEntity<String> grids(@RequestParam(required = false) String bbox,
            @RequestParam(required = false) String zoom) {
        return geoJson(layers.grids(BoundingBox.ofParameter(bbox), MapZoom.ofParameter(zoom)));
    }


    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
