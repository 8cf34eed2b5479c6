package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Scatters evenly spaced sites in a polygon (best-candidate sampling: of a few random points,
 * keep the one farthest from the sites placed so far) and numbers them in reading order,
 * north to south in bands, west to east within a band. Distances are measured with longitude
 * scaled by the cosine of the latitude, so cells come out roughly square on the ground.
 */
final class SitePlacement {

    private static final int CANDIDATES = 12;

    private final RandomGenerator random;

    SitePlacement(RandomGenerator random) {
        this.random = random;
    }

    List<Coordinate> scatter(Polygon area, int count) {
        Envelope envelope = area.getEnvelopeInternal();
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        double xScale = Math.cos(Math.toRadians(envelope.centre().y));
        List<Coordinate> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Coordinate best = null;
            double bestDistance = -1;
            for (int c = 0; c < CANDIDATES; c++) {
                Coordinate candidate = randomInterior(envelope, locator);
                double distance = nearestDistanceSquared(candidate, sites, xScale);
                if (distance > bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            sites.add(best);
        }
        return inReadingOrder(sites, envelope, count);
    }

    private Coordinate randomInterior(Envelope envelope, IndexedPointInAreaLocator locator) {
        while (true) {
            Coordinate point = new Coordinate(
                    envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            if (locator.locate(point) == Location.INTERIOR) {
                return point;
            }
        }
    }

    private static double nearestDistanceSquared(Coordinate point, List<Coordinate> sites, double xScale) {
        double nearest = Double.MAX_VALUE;
        for (Coordinate site : sites) {
            double dx = (point.x - site.x) * xScale;
            double dy = point.y - site.y;
            nearest = Math.min(nearest, dx * dx + dy * dy);
        }
        return nearest;
    }

    private static List<Coordinate> inReadingOrder(List<Coordinate> sites, Envelope envelope, int count) {
        int bands = Math.max(1, (int) Math.round(Math.sqrt(count)));
        double bandHeight = envelope.getHeight() / bands;
        Comparator<Coordinate> byBand = Comparator.comparingInt(
                site -> Math.min(bands - 1, (int) ((envelope.getMaxY() - site.y) / bandHeight)));
        List<Coordinate> ordered = new ArrayList<>(sites);
        ordered.sort(byBand.thenComparingDouble(site -> site.x));
        return ordered;
    }
}
