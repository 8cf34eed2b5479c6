package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.GreatCircle;
import org.junit.jupiter.api.Test;

class AssetIndexTests {

    static Asset asset(String classCode, int sequence, double latitude, double longitude, AssetStatus status) {
        return new Asset(AssetIdentifier.of("440307", classCode, sequence), "路灯", "lighting", null, null,
                "44030700100101", status, latitude, longitude, LocalDate.of(2026, 1, 1), null, "census", null);
    }

    static List<Asset> randomAssets(int count, long seed) {
        Random random = new Random(seed);
        List<Asset> assets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String classCode = i % 3 == 0 ? "01001" : "01037";
            assets.add(asset(classCode, i, 22.60 + random.nextDouble() * 0.05, 114.10 + random.nextDouble() * 0.05,
                    AssetStatus.INTACT));
        }
        return assets;
    }

    @Test
    void findsTheSameNearestAssetAsALinearScanOfItsClass() {
        List<Asset> assets = randomAssets(20_000, 7);
        AssetIndex index = AssetIndex.of(assets);
        Random random = new Random(11);

        for (int i = 0; i < 2_000; i++) {
            double latitude = 22.59 + random.nextDouble() * 0.07;
            double longitude = 114.09 + random.nextDouble() * 0.07;
            double radius = 5 + random.nextDouble() * 300;

            assertThat(index.nearest("01037", latitude, longitude, radius))
                    .isEqualTo(linearScan(assets, "01037", latitude, longitude, radius));
        }
    }

    @Test
    void measuresGreatCircleMetres() {
        assertThat(GreatCircle.meters(22.7, 114.1, 22.7, 114.1)).isZero();
        assertThat(GreatCircle.meters(22.7, 114.1, 22.7 + 30 / 111_195.0, 114.1)).isCloseTo(30, within(0.01));
        assertThat(GreatCircle.meters(0, 0, 0, 1)).isCloseTo(111_195, within(1.0));
    }

    @Test
    void answersOnlyWithinTheDistanceAndOnlyOfTheClass() {
        Asset lamp = asset("01037", 1, 22.7, 114.1, AssetStatus.INTACT);
        Asset cover = asset("01001", 1, 22.7, 114.1001, AssetStatus.INTACT);
        AssetIndex index = AssetIndex.of(List.of(lamp, cover));
        double metresNorth = 20 / 111_195.0;

        assertThat(index.nearest("01037", 22.7 + metresNorth, 114.1, 19.9)).isEmpty();
        assertThat(index.nearest("01037", 22.7 + metresNorth, 114.1, 20.1)).contains(lamp);
        assertThat(index.nearest("01003", 22.7, 114.1, 1_000)).isEmpty();
        assertThat(index.nearest("01001", 22.7, 114.1, 1_000)).contains(cover);
    }

    @Test
    void neverFindsRemovedAssetsAndFollowsChanges() {
        Asset lamp = asset("01037", 1, 22.7, 114.1, AssetStatus.INTACT);
        Asset removed = asset("01037", 2, 22.7, 114.1, AssetStatus.REMOVED);
        AssetIndex index = AssetIndex.of(List.of(lamp, removed));

        assertThat(index.find(removed.identifier().value())).isEmpty();
        assertThat(index.size()).isEqualTo(1);

        Asset moved = asset("01037", 1, 22.71, 114.11, AssetStatus.DAMAGED);
        Asset added = asset("01037", 3, 22.7, 114.1, AssetStatus.INTACT);
        AssetIndex changed = index.with(List.of(moved, added));
        assertThat(changed.find(lamp.identifier().value())).contains(moved);
        assertThat(changed.nearest("01037", 22.7, 114.1, 50)).contains(added);
        assertThat(index.nearest("01037", 22.7, 114.1, 50)).contains(lamp);

        AssetIndex gone = changed.with(List.of(asset("01037", 3, 22.7, 114.1, AssetStatus.REMOVED)));
        assertThat(gone.nearest("01037", 22.7, 114.1, 50)).isEmpty();
        assertThat(gone.size()).isEqualTo(1);
    }

    @Test
    void visitsExactlyTheAssetsInARectangle() {
        List<Asset> assets = randomAssets(5_000, 3);
        AssetIndex index = AssetIndex.of(assets);
        BoundingBox box = new BoundingBox(114.11, 22.61, 114.12, 22.615);
        List<String> visited = new ArrayList<>();

        index.forEachIn(box, null, (latitude, longitude, asset) -> visited.add(asset.identifier().value()));

        assertThat(visited).containsExactlyInAnyOrderElementsOf(assets.stream()
                .filter(asset -> box.contains(asset.latitude(), asset.longitude()))
                .map(asset -> asset.identifier().value()).toList());
        assertThat(visited).isNotEmpty();
    }

    static Optional<Asset> linearScan(List<Asset> assets, String classCode, double latitude, double longitude,
            double radius) {
        Asset best = null;
        double bestDistance = radius;
        for (Asset asset : assets) {
            if (asset.classCode().equals(classCode)) {
                double distance = GreatCircle.meters(latitude, longitude, asset.latitude(), asset.longitude());
                if (distance <= bestDistance && (best == null || distance < bestDistance
                        || asset.identifier().value().compareTo(best.identifier().value()) < 0)) {
                    best = asset;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
