package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Divides a polygon into one cell per site: the Voronoi cell of each site clipped to the
 * polygon (by a cheap convex clip where the polygon is convex, by a general overlay otherwise). Where clipping to a concave outline cuts a cell in pieces, the piece holding the
 * site stays the cell and each other piece joins the neighbouring cell it shares the longest
 * border with, so every cell is a single polygon and the cells still tile the parent exactly.
 */
final class VoronoiPartition {

    private final GeometryFactory factory;

    VoronoiPartition(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @param parent the polygon to divide
     * @param sites  distinct points inside the parent
     * @return the cells, in the order of the sites
     */
    List<Polygon> divide(Polygon parent, List<Coordinate> sites) {
        if (sites.size() == 1) {
            return List.of(parent);
        }
        Map<Coordinate, Geometry> voronoiCells = voronoiCells(parent, sites);
        ConvexClip convexParent = ConvexClip.isConvex(parent) ? new ConvexClip(parent) : null;
        List<Polygon> cells = new ArrayList<>(sites.size());
        List<Polygon> fragments = new ArrayList<>();
        for (Coordinate site : sites) {
            Geometry voronoiCell = voronoiCells.get(site);
            Geometry clipped = convexParent != null
                    ? convexParent.clip((Polygon) voronoiCell)
                    : OverlayNGRobust.overlay(voronoiCell, parent, OverlayNG.INTERSECTION);
            List<Polygon> pieces = polygons(clipped);
            Polygon main = pieces.size() == 1 ? pieces.get(0) : pieces.stream()
                    .filter(piece -> new IndexedPointInAreaLocator(piece).locate(site) != Location.EXTERIOR)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Site outside its parent: " + site));
            cells.add(main);
            pieces.stream().filter(piece -> piece != main).forEach(fragments::add);
        }
        fragments.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
        for (Polygon fragment : fragments) {
            absorb(cells, fragment);
        }
        return cells;
    }

    private Map<Coordinate, Geometry> voronoiCells(Polygon parent, List<Coordinate> sites) {
        Envelope clip = new Envelope(parent.getEnvelopeInternal());
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(factory);
        Map<Coordinate, Geometry> cells = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            cells.put((Coordinate) cell.getUserData(), cell);
        }
        return cells;
    }

    private void absorb(List<Polygon> cells, Polygon fragment) {
        List<Integer> neighbours = new ArrayList<>();
        Map<Integer, Double> sharedBorder = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Polygon cell = cells.get(i);
            if (cell.getEnvelopeInternal().intersects(fragment.getEnvelopeInternal())) {
                double length = cell.getBoundary().intersection(fragment.getBoundary()).getLength();
                if (length > 0) {
                    neighbours.add(i);
                    sharedBorder.put(i, length);
                }
            }
        }
        neighbours.sort(Comparator.comparingDouble(sharedBorder::get).reversed());
        for (int i : neighbours) {
            List<Polygon> merged = polygons(OverlayNGRobust.overlay(cells.get(i), fragment, OverlayNG.UNION));
            if (merged.size() == 1) {
                cells.set(i, merged.get(0));
                return;
            }
        }
        throw new IllegalStateException("A cell fragment has no neighbour to join: " + fragment);
    }

    @SuppressWarnings("unchecked")
    private static List<Polygon> polygons(Geometry geometry) {
        return new ArrayList<>(PolygonExtracter.getPolygons(geometry));
    }
}
