package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Polygon;

/**
 * Intersects a polygon with a convex polygon by Sutherland–Hodgman clipping, edge by edge.
 * Exact for a convex subject and much cheaper than a general overlay; a concave subject may
 * come out with zero-width bridges, so callers use it only where both polygons are convex.
 */
final class ConvexClip {

    private final Coordinate[] clipRing;

    /** @param convex a convex polygon without holes */
    ConvexClip(Polygon convex) {
        Coordinate[] ring = convex.getExteriorRing().getCoordinates();
        if (!Orientation.isCCW(ring)) {
            ring = ring.clone();
            Collections.reverse(Arrays.asList(ring));
        }
        clipRing = ring;
    }

    /** Whether a polygon without holes turns the same way at every vertex. */
    static boolean isConvex(Polygon polygon) {
        if (polygon.getNumInteriorRing() > 0) {
            return false;
        }
        Coordinate[] ring = new CoordinateList(polygon.getExteriorRing().getCoordinates(), false).toCoordinateArray();
        int n = ring.length - 1;
        int turn = 0;
        for (int i = 0; i < n; i++) {
            int orientation = Orientation.index(ring[(i + n - 1) % n], ring[i], ring[(i + 1) % n]);
            if (orientation != 0) {
                if (turn != 0 && orientation != turn) {
                    return false;
                }
                turn = orientation;
            }
        }
        return true;
    }

    /** @return the part of the subject inside the clip polygon, or {@code null} when nothing is left */
    Polygon clip(Polygon subject) {
        Coordinate[] subjectRing = subject.getExteriorRing().getCoordinates();
        List<Coordinate> output = new ArrayList<>(Arrays.asList(subjectRing).subList(0, subjectRing.length - 1));
        for (int e = 0; e < clipRing.length - 1 && !output.isEmpty(); e++) {
            Coordinate a = clipRing[e];
            Coordinate b = clipRing[e + 1];
            List<Coordinate> input = output;
            output = new ArrayList<>(input.size() + 2);
            Coordinate previous = input.get(input.size() - 1);
            boolean previousInside = Orientation.index(a, b, previous) >= 0;
            for (Coordinate current : input) {
                boolean currentInside = Orientation.index(a, b, current) >= 0;
                if (currentInside != previousInside) {
                    output.add(lineIntersection(previous, current, a, b));
                }
                if (currentInside) {
                    output.add(current);
                }
                previous = current;
                previousInside = currentInside;
            }
        }
        CoordinateList ring = new CoordinateList();
        output.forEach(coordinate -> ring.add(coordinate, false));
        ring.closeRing();
        return ring.size() < 4 ? null : subject.getFactory().createPolygon(ring.toCoordinateArray());
    }

    private static Coordinate lineIntersection(Coordinate p, Coordinate q, Coordinate a, Coordinate b) {
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double ex = b.x - a.x;
        double ey = b.y - a.y;
        double t = ((a.x - p.x) * ey - (a.y - p.y) * ex) / (dx * ey - dy * ex);
        return new Coordinate(p.x + t * dx, p.y + t * dy);
    }
}
