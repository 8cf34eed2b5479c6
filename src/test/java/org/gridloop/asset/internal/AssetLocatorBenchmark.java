package org.gridloop.asset.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.gridloop.grid.GreatCircle;
import org.locationtech.jts.geom.Envelope;
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
 * Nearest asset of a class within a distance over a register of 200,000 assets in the demo
 * district's extent (114.05–114.60 E, 22.55–22.85 N), on one thread. {@code assetIndex} is the
 * production index (sorted cells per class); {@code strTree} (a JTS STRtree of the class's
 * points, queried with the search rectangle, then the same great-circle distance) and
 * {@code linearScan} (every asset of the class) are the baselines. The assets are shared among
 * 150 classes like the demo's: two classes of 12 % each (street lamps, street trees), one of
 * 6 %, twenty of 2.5 %, the rest rare. {@code common} asks for a street lamp, {@code rare} for
 * a class of about 200 assets; points are random in the extent, with a fixed seed.
 *
 * <p>Run with {@code scripts/benchmark.sh jmh AssetLocator}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssetLocatorBenchmark {

    private static final int ASSETS = 200_000;
    private static final int POINTS = 1 << 16;
    private static final int CLASSES = 150;

    @Param({"common", "rare"})
    public String assetClass;

    @Param({"50"})
    public double withinMeters;

    private AssetIndex index;
    private STRtree tree;
    private Asset[] members;
    private String classCode;
    private final double[] latitudes = new double[POINTS];
    private final double[] longitudes = new double[POINTS];
    private int next;

    @Setup
    public void setUp() {
        List<Asset> assets = register(ASSETS, 20_261_128L);
        index = AssetIndex.of(assets);
        classCode = code(assetClass.equals("common") ? 0 : CLASSES - 1);
        members = assets.stream().filter(asset -> asset.classCode().equals(classCode)).toArray(Asset[]::new);
        tree = new STRtree();
        for (Asset asset : members) {
            tree.insert(new Envelope(asset.longitude(), asset.longitude(), asset.latitude(), asset.latitude()), asset);
        }
        tree.build();
        Random random = new Random(7);
        for (int i = 0; i < POINTS; i++) {
            longitudes[i] = 114.05 + random.nextDouble() * 0.55;
            latitudes[i] = 22.55 + random.nextDouble() * 0.30;
        }
    }

    @Benchmark
    public Optional<Asset> assetIndex() {
        int i = next++ & (POINTS - 1);
        return index.nearest(classCode, latitudes[i], longitudes[i], withinMeters);
    }

    @Benchmark
    public Optional<Asset> strTree() {
        int i = next++ & (POINTS - 1);
        double latitude = latitudes[i];
        double longitude = longitudes[i];
        double latitudeSpan = withinMeters / 111_320.0;
        double longitudeSpan = withinMeters / (111_320.0 * Math.cos(Math.toRadians(latitude + latitudeSpan)));
        @SuppressWarnings("unchecked")
        List<Asset> candidates = tree.query(new Envelope(longitude - longitudeSpan, longitude + longitudeSpan,
                latitude - latitudeSpan, latitude + latitudeSpan));
        Asset best = null;
        double bestDistance = withinMeters;
        for (Asset asset : candidates) {
            double distance = GreatCircle.meters(latitude, longitude, asset.latitude(), asset.longitude());
            if (distance <= bestDistance) {
                best = asset;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    @Benchmark
    public Optional<Asset> linearScan() {
        int i = next++ & (POINTS - 1);
        Asset best = null;
        double bestDistance = withinMeters;
        for (Asset asset : members) {
            double distance = GreatCircle.meters(latitudes[i], longitudes[i], asset.latitude(),
                    asset.longitude());
            if (distance <= bestDistance) {
                best = asset;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A register of the given size spread uniformly over the district's extent. */
    static List<Asset> register(int count, long seed) {
        double[] weights = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            weights[c] = c < 2 ? 120 : c == 2 ? 60 : c < 23 ? 25 : 1;
        }
        double total = java.util.Arrays.stream(weights).sum();
        Random random = new Random(seed);
        List<Asset> assets = new ArrayList<>(count);
        for (int c = 0; c < CLASSES; c++) {
            int share = (int) Math.round(count * weights[c] / total);
            for (int s = 1; s <= share; s++) {
                assets.add(new Asset(AssetIdentifier.of("440307", code(c), s), "asset", "lighting", null, null,
                        "44030700100101", AssetStatus.INTACT, 22.55 + random.nextDouble() * 0.30,
                        114.05 + random.nextDouble() * 0.55, LocalDate.of(2026, 1, 1), null, "census", null));
            }
        }
        return assets;
    }

    private static String code(int c) {
        return String.format("%02d%03d", 1 + c / 100, 1 + c % 100);
    }
}
