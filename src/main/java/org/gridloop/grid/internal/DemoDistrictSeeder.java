package org.gridloop.grid.internal;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the demo district's subdistricts, communities and unit grids at first start and
 * reloads the spatial index; does nothing when grids are already there.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.GRID)
class DemoDistrictSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictSeeder.class);

    private final GridLayers layers;
    private final SpatialGridLookup lookup;

    DemoDistrictSeeder(GridLayers layers, SpatialGridLookup lookup) {
        this.layers = layers;
        this.lookup = lookup;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!layers.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        GridLayer layer = new DemoDistrictGenerator().generate();
        layers.save(layer);
        log.info("Demo district generated: {} subdistricts, {} communities, {} unit grids in {} ms",
                layer.subdistricts().size(), layer.communities().size(), layer.grids().size(),
                (System.nanoTime() - start) / 1_000_000);
        lookup.reload();
    }
}
