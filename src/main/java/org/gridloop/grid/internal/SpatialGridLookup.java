package org.gridloop.grid.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Answers {@link GridLookup} from an in-memory {@link GridIndex} of all unit grids. The index
 * is loaded from the database once the application context is ready and again through
 * {@link #reload()} whenever the grids change; readers always see one complete index.
 */
@Service
class SpatialGridLookup implements GridLookup, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SpatialGridLookup.class);

    private final GridLayers layers;
    private volatile GridIndex index = GridIndex.of(List.of());

    SpatialGridLookup(GridLayers layers) {
        this.layers = layers;
    }

    @Override
    public Optional<GridPlace> locate(double latitude, double longitude) {
        return index.locate(latitude, longitude);
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** Rebuilds the index from the grid tables; call after writing grids. */
    void reload() {
        long start = System.nanoTime();
        GridIndex loaded = GridIndex.of(layers.indexedGrids(GridVersionStore.FIRST_VERSION));
        index = loaded;
        log.info("Spatial index of {} unit grids loaded in {} ms", loaded.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
