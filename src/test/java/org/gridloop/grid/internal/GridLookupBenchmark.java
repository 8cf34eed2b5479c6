package org.gridloop.grid.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point → unit grid over the 2,690 grids of the demo district, on one thread. {@code gridIndex}
 * is the index of one version; {@code versionedLookup} is the production path: the version in
 * effect at the clock's current instant (two versions, the second taking effect in the past),
 * then its index; {@code strTree} (a JTS STRtree of indexed point-in-polygon locators)
 * and {@code linearScan} (bounding box, then locator, for every grid) are the baselines it is
 * compared with, and {@code pointBaseline} is the cost of fetching the next point alone.
 * Points are drawn with a fixed seed, either anywhere in the district's bounding box
 * (114.05–114.60 E, 22.55–22.85 N; about half fall outside every grid) or only inside grids.
 *
 * <p>Run with {@code scripts/benchmark.sh jmh GridLookup}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GridLookupBenchmark {

    private static final int POINTS = 1 << 16;

    @Param({"boundingBox", "insideGrids"})
    public String points;

    private List<IndexedGrid> grids;
    private GridIndex index;
    private VersionedGridIndex versions;
    private final Clock clock = Clock.systemUTC();
    private STRtree tree;
    private IndexedPointInAreaLocator[] locators;
    private Envelope[] envelopes;
    private final double[] latitudes = new double[POINTS];
    private final double[] longitudes = new double[POINTS];
    private int next;

    @Setup
    public void setUp() {
        grids = DemoDistrictFixtures.indexedGrids();
        index = GridIndex.of(grids);
        versions = new VersionedGridIndex(List.of(
                VersionedGridIndex.Version.of(version(1, Instant.EPOCH), grids),
                VersionedGridIndex.Version.of(version(2, Instant.parse("2026-01-01T00:00:00Z")), grids)));
        locators = grids.stream().map(grid -> new IndexedPointInAreaLocator(grid.outline()))
                .toArray(IndexedPointInAreaLocator[]::new);
        envelopes = grids.stream().map(grid -> grid.outline().getEnvelopeInternal()).toArray(Envelope[]::new);
        tree = new STRtree();
        for (int i = 0; i < grids.size(); i++) {
            tree.insert(envelopes[i], i);
        }
        tree.build();
        Random random = new Random(20_260_101L);
        int drawn = 0;
        while (drawn < POINTS) {
            double longitude = 114.05 + random.nextDouble() * 0.55;
            double latitude = 22.55 + random.nextDouble() * 0.30;
            if (points.equals("boundingBox") || linearScan(latitude, longitude).isPresent()) {
                latitudes[drawn] = latitude;
                longitudes[drawn] = longitude;
                drawn++;
            }
        }
    }

    @Benchmark
    public Optional<GridPlace> gridIndex() {
        int i = next++ & (POINTS - 1);
        return index.locate(latitudes[i], longitudes[i]);
    }

    @Benchmark
    public Optional<GridPlace> versionedLookup() {
        int i = next++ & (POINTS - 1);
        return versions.locate(latitudes[i], longitudes[i], clock.millis());
    }

    @Benchmark
    public Optional<GridPlace> strTree() {
        int i = next++ & (POINTS - 1);
        Coordinate point = new Coordinate(longitudes[i], latitudes[i]);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(new Envelope(point));
        for (int candidate : candidates) {
            if (locators[candidate].locate(point) != Location.EXTERIOR) {
                return Optional.of(grids.get(candidate).place());
            }
        }
        return Optional.empty();
    }

    @Benchmark
    public Optional<GridPlace> linearScan() {
        int i = next++ & (POINTS - 1);
        return linearScan(latitudes[i], longitudes[i]);
    }

    @Benchmark
    public double pointBaseline() {
        int i = next++ & (POINTS - 1);
        return latitudes[i] + longitudes[i];
    }

    private static GridVersion version(int id, Instant effectiveFrom) {
        return new GridVersion(id, "v" + id, effectiveFrom, effectiveFrom, "system", 2_690, 100);
    }

    private Optional<GridPlace> linearScan(double latitude, double longitude) {
        Coordinate point = new Coordinate(longitude, latitude);
        for (int g = 0; g < locators.length; g++) {
            if (envelopes[g].covers(longitude, latitude) && locators[g].locate(point) != Location.EXTERIOR) {
                return Optional.of(grids.get(g).place());
            }
        }
        return Optional.empty();
    }
}
