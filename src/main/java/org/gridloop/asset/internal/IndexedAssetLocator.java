package org.gridloop.asset.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.gridloop.grid.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Answers {@link AssetLocator} and the map layer from an in-memory {@link AssetIndex} of the
 * register, loaded once the application is ready, reloaded after bulk writes and updated after
 * single changes; changes made on another node are loaded within
 * {@code gridloop.asset.index-refresh} (1 min). Readers always see one complete index; writers
 * are serialized.
 */
@Service
public class IndexedAssetLocator implements AssetLocator, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IndexedAssetLocator.class);

    private final AssetRecords records;
    private volatile AssetIndex index = AssetIndex.of(List.of());
    private volatile String fingerprint;

    IndexedAssetLocator(AssetRecords records) {
        this.records = records;
    }

    @Override
    public Optional<Asset> find(AssetIdentifier identifier) {
        return index.find(identifier.value());
    }

    @Override
    public Optional<Asset> nearest(String classCode, double latitude, double longitude, double withinMeters) {
        return index.nearest(classCode, latitude, longitude, withinMeters);
    }

    /** Visits the assets in the field inside the rectangle, of one class or (null) of all. */
    public void forEachIn(BoundingBox box, String classCode, AssetIndex.Visitor visitor) {
        index.forEachIn(box, classCode, visitor);
    }

    /** Visits the positions of the assets in the field inside the rectangle. */
    public void forEachPointIn(BoundingBox box, String classCode, AssetIndex.PointVisitor visitor) {
        index.forEachPointIn(box, classCode, visitor);
    }

    /** The index in force now; a later change replaces it with another. */
    public AssetIndex snapshot() {
        return index;
    }

    public int size() {
        return index.size();
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /**
     * Rebuilds the index when the register changed since it was last read, on another node or by
     * this one.
     */
    @Scheduled(initialDelayString = "${gridloop.asset.index-refresh:PT1M}",
            fixedDelayString = "${gridloop.asset.index-refresh:PT1M}")
    void refreshIfChanged() {
        if (fingerprint != null && !records.fingerprint().equals(fingerprint)) {
            reload();
        }
    }

    /** Rebuilds the index from the register; call after writing many assets. */
    public synchronized void reload() {
        long start = System.nanoTime();
        String current = records.fingerprint();
        List<Asset> assets = new ArrayList<>();
        Canonical canonical = new Canonical();
        records.forEachInField(asset -> assets.add(canonical.of(asset)));
        index = AssetIndex.of(assets);
        fingerprint = current;
        log.info("Asset index of {} assets loaded in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Indexes the assets given as the whole register, right after writing them.
     *
     * @param fingerprint the register's fingerprint read after the write, in its transaction
     */
    public synchronized void replace(List<Asset> assets, String fingerprint) {
        index = AssetIndex.of(assets);
        this.fingerprint = fingerprint;
    }

    /**
     * Puts the new state of a few changed assets into the index. When the register was as this
     * index knew it before the change ({@code before}), the index is now current at {@code after}
     * and needs no rebuild; otherwise another node wrote meanwhile, and the next refresh rebuilds.
     *
     * @param before the fingerprint read under the register's lock before the change
     * @param after  the fingerprint read after it, in the same transaction
     */
    public synchronized void update(Collection<Asset> changed, String before, String after) {
        index = index.with(changed);
        if (before.equals(fingerprint)) {
            fingerprint = after;
        }
    }

    /** Shares equal attribute values between assets, so that a large register stays small in memory. */
    private static final class Canonical {

        private final Map<Object, Object> values = new HashMap<>();

        Asset of(Asset asset) {
            return new Asset(asset.identifier(), text(asset.name()), text(asset.departmentCode()),
                    text(asset.ownerUnit()), text(asset.maintenanceUnit()), text(asset.gridCode()), asset.status(),
                    asset.latitude(), asset.longitude(), date(asset.surveyDate()), date(asset.changeDate()),
                    text(asset.dataSource()), text(asset.remarks()));
        }

        private String text(String value) {
            return value == null ? null : (String) values.computeIfAbsent(value, v -> v);
        }

        private LocalDate date(LocalDate value) {
            return value == null ? null : (LocalDate) values.computeIfAbsent(value, v -> v);
        }
    }
}
