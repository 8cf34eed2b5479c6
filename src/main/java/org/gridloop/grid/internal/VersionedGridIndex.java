package org.gridloop.grid.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;

/**
 * The spatial indexes of every grid version, ordered by effective instant. Finding the version
 * in effect at an instant is a binary search; the last answer is kept with the window it holds
 * for, so that the lookups of the hot path, which ask about "now" again and again, cost two
 * comparisons until the next version takes effect. Immutable but for that cached window; safe
 * for concurrent readers.
 */
final class VersionedGridIndex {

    /** One version: its metadata, its index and its grids by code. */
    record Version(GridVersion version, GridIndex index, Map<String, IndexedGrid> grids) {

        static Version of(GridVersion version, List<IndexedGrid> grids) {
            Map<String, IndexedGrid> byCode = new LinkedHashMap<>();
            grids.forEach(grid -> byCode.put(grid.place().grid().value(), grid));
            return new Version(version, GridIndex.of(grids), byCode);
        }

        Optional<IndexedGrid> grid(String code) {
            return Optional.ofNullable(grids.get(code));
        }
    }

    /** The version in effect from {@code from} (inclusive) to {@code until} (exclusive), in epoch ms. */
    private record Window(Version version, long from, long until) {

        boolean holds(long instant) {
            return instant >= from && instant < until;
        }
    }

    private final Version[] versions;
    private final long[] effectiveFrom;
    private volatile Window window;

    VersionedGridIndex(List<Version> versions) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(version -> version.version().effectiveFrom()))
                .toArray(Version[]::new);
        this.effectiveFrom = Arrays.stream(this.versions)
                .mapToLong(version -> version.version().effectiveFrom().toEpochMilli()).toArray();
        this.window = windowAt(Long.MIN_VALUE);
    }

    static VersionedGridIndex empty() {
        return new VersionedGridIndex(List.of());
    }

    /** The grid containing the point in the version in effect at the instant (epoch milliseconds). */
    Optional<GridPlace> locate(double latitude, double longitude, long instant) {
        Version version = at(instant);
        return version == null ? Optional.empty() : version.index().locate(latitude, longitude);
    }

    /** The version in effect at the instant, or {@code null} before the first version. */
    Version at(long instant) {
        Window current = window;
        if (current.holds(instant)) {
            return current.version();
        }
        current = windowAt(instant);
        window = current;
        return current.version();
    }

    List<Version> versions() {
        return List.of(versions);
    }

    Optional<Version> version(int id) {
        return Arrays.stream(versions).filter(version -> version.version().id() == id).findFirst();
    }

    private Window windowAt(long instant) {
        int found = Arrays.binarySearch(effectiveFrom, instant);
        int index = found >= 0 ? found : -found - 2;
        long until = index + 1 < effectiveFrom.length ? effectiveFrom[index + 1] : Long.MAX_VALUE;
        if (index < 0) {
            return new Window(null, Long.MIN_VALUE, effectiveFrom.length > 0 ? effectiveFrom[0] : Long.MAX_VALUE);
        }
        return new Window(versions[index], effectiveFrom[index], until);
    }
}
