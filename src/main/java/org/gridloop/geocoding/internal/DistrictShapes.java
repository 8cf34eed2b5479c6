package org.gridloop.geocoding.internal;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.grid.Community;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subdistricts and communities of the district with their WGS-84 outlines (x = longitude,
 * y = latitude), as the grid directory publishes them, for laying out the demo gazetteer.
 */
record DistrictShapes(List<SubdistrictShape> subdistricts) {

    /** A subdistrict (街道), named without 街道, and its communities. */
    record SubdistrictShape(String name, Polygon outline, List<CommunityShape> communities) {
    }

    /** A community (社区), named with 社区. */
    record CommunityShape(String name, Polygon outline) {
    }

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    static DistrictShapes read(GridDirectory directory, JsonMapper json) {
        List<SubdistrictShape> subdistricts = new ArrayList<>();
        for (Subdistrict subdistrict : directory.subdistricts()) {
            List<CommunityShape> communities = new ArrayList<>();
            for (Community community : directory.communities(subdistrict.code())) {
                directory.communityOutlineGeoJson(community.code()).ifPresent(outline ->
                        communities.add(new CommunityShape(community.name(), polygon(json.readTree(outline)))));
            }
            directory.subdistrictOutlineGeoJson(subdistrict.code()).ifPresent(outline -> subdistricts.add(
                    new SubdistrictShape(subdistrict.name(), polygon(json.readTree(outline)), communities)));
        }
        return new DistrictShapes(subdistricts);
    }

    /** The outer ring of a GeoJSON Polygon geometry. */
    static Polygon polygon(JsonNode geometry) {
        JsonNode ring = geometry.path("coordinates").path(0);
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.path(i).path(0).asDouble(), ring.path(i).path(1).asDouble());
        }
        return FACTORY.createPolygon(coordinates);
    }
}
