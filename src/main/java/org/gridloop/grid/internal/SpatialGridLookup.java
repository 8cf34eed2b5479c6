package org.gridloop.grid.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Answers {@link GridLookup} from in-memory {@link GridIndex}es of the unit grids of every
 * version. The indexes are loaded from the database once the application context is ready and
 * again through {@link #reload()} whenever grids or versions change; readers always see one
 * complete set. The version in effect follows the application clock: a version imported for a
 * future instant takes over at that instant without a reload. Versions imported on another node
 * are loaded within {@code gridloop.grid.refresh} (1 min).
 */
@Service
class SpatialGridLookup implements GridLookup, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SpatialGridLookup.class);

    private final GridLayers layers;
    private final GridVersionStore store;
    private final Clock clock;
    private volatile VersionedGridIndex versions = VersionedGridIndex.empty();
    private volatile String fingerprint;

    SpatialGridLookup(GridLayers layers, GridVersionStore store, Clock clock) {
        this.layers = layers;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<GridPlace> locate(double latitude, double longitude) {
        return versions.locate(latitude, longitude, clock.millis());
    }

    @Override
    public Optional<GridPlace> locate(double latitude, double longitude, Instant at) {
        return versions.locate(latitude, longitude, at.toEpochMilli());
    }

    /** The version in effect now, with its index and grids; empty before the first version. */
    Optional<Version> inEffect() {
        return Optional.ofNullable(versions.at(clock.millis()));
    }

    Optional<Version> version(int id) {
        return versions.version(id);
    }

    List<GridVersion> versions() {
        return versions.versions().stream().map(Version::version).toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** Reloads the versions when another node changed them. */
    @Scheduled(initialDelayString = "${gridloop.grid.refresh:PT1M}", fixedDelayString = "${gridloop.grid.refresh:PT1M}")
    void refreshIfChanged() {
        if (fingerprint != null && !store.fingerprint().equals(fingerprint)) {
            reload();
        }
    }

    /** Rebuilds the indexes of every version from the grid tables; call after writing grids. */
    synchronized void reload() {
        long start = System.nanoTime();
        String current = store.fingerprint();
        List<Version> loaded = store.versions().stream()
                .map(version -> Version.of(version, layers.indexedGrids(version.id())))
                .toList();
        versions = new VersionedGridIndex(loaded);
        fingerprint = current;
        log.info("Spatial indexes of {} grid versions ({} unit grids) loaded in {} ms", loaded.size(),
                loaded.stream().mapToInt(version -> version.index().size()).sum(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
