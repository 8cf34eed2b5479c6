package org.gridloop.geocoding.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.grid.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable index of the doorplates and points of interest by position (a JTS STR-tree over
 * metres of the {@link LocalProjection}), answering which one is nearest to a point. Roads are
 * left out: a caller is near a doorplate, not near the middle of a road. Safe for concurrent
 * readers.
 */
final class NearestAddresses {

    /** The nearest entry and its distance on the sphere. */
    record Nearest(GazetteerEntry entry, double metres) {
    }

    private record Site(GazetteerEntry entry, double x, double y) {
    }

    private final LocalProjection projection = LocalProjection.district();
    private final STRtree tree = new STRtree();
    private final int size;

    NearestAddresses(List<GazetteerEntry> entries) {
        int count = 0;
        for (GazetteerEntry entry : entries) {
            if (entry.kind() != EntryKind.ROAD) {
                Coordinate at = projection.toMetres(entry.latitude(), entry.longitude());
                tree.insert(new Envelope(at), new Site(entry, at.x, at.y));
                count++;
            }
        }
        tree.build();
        size = count;
    }

    int size() {
        return size;
    }

    Optional<Nearest> nearest(double latitude, double longitude) {
        if (size == 0) {
            return Optional.empty();
        }
        Coordinate at = projection.toMetres(latitude, longitude);
        Site found = (Site) tree.nearestNeighbour(new Envelope(at), new Site(null, at.x, at.y),
                NearestAddresses::distance);
        GazetteerEntry entry = found.entry();
        return Optional.of(new Nearest(entry,
                GreatCircle.meters(latitude, longitude, entry.latitude(), entry.longitude())));
    }

    private static double distance(ItemBoundable a, ItemBoundable b) {
        Site first = (Site) a.getItem();
        Site second = (Site) b.getItem();
        return Math.hypot(first.x() - second.x(), first.y() - second.y());
    }
}
