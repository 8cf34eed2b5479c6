package org.gridloop.grid.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gridloop.grid.internal.GridIndex.IndexedGrid;
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
 * The cost of one zoom band of the map's grid layer over the 2,690 grids of the demo district:
 * {@code simplifyBand} simplifies every outline at one pixel of the band and writes it as
 * GeoJSON (what the first request of a band pays), {@code fullOutlines} writes the outlines
 * unsimplified with seven decimals (the baseline).
 *
 * <p>Run with {@code scripts/benchmark.sh jmh MapLayer}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MapLayerBenchmark {

    @Param({"10", "14", "18"})
    public int band;

    private List<IndexedGrid> grids;

    @Setup
    public void setUp() {
        grids = DemoDistrictFixtures.indexedGrids();
    }

    @Benchmark
    public long simplifyBand() {
        double tolerance = 360.0 / 256 / (1L << band);
        int decimals = MapLayers.decimals(tolerance);
        long characters = 0;
        for (IndexedGrid grid : grids) {
            characters += MapLayers.geometry(grid.outline(), tolerance, decimals).length();
        }
        return characters;
    }

    @Benchmark
    public long fullOutlines() {
        long characters = 0;
        for (IndexedGrid grid : grids) {
            characters += GeoJsonPolygons.toGeoJson(grid.outline()).length();
        }
        return characters;
    }
}
