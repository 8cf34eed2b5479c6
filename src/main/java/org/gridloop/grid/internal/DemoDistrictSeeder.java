package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.grid.internal.AreaFile.AreaFeature;
import org.gridloop.DemoSeedOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the demo district's subdistricts and communities through the area import, then its
 * unit grids, at first start, and
 * reloads the spatial index; does nothing when grids are already there.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.GRID)
class DemoDistrictSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictSeeder.class);

    private final GridLayers layers;
    private final AreaManagement areas;
    private final SpatialGridLookup lookup;

    DemoDistrictSeeder(GridLayers layers, AreaManagement areas, SpatialGridLookup lookup) {
        this.layers = layers;
        this.areas = areas;
        this.lookup = lookup;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!layers.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        DemoDistrictGenerator generator = new DemoDistrictGenerator();
        GridLayer layer = generator.generate();
        areas.importFeatures(areaFeatures(generator, layer), null, "system");
        layers.saveGrids(layer);
        log.info("Demo district generated: {} subdistricts, {} communities, {} unit grids in {} ms",
                layer.subdistricts().size(), layer.communities().size(), layer.grids().size(),
                (System.nanoTime() - start) / 1_000_000);
        lookup.reload();
    }

    /** The district, subdistricts and communities of the layer as an area file would give them. */
    static List<AreaFeature> areaFeatures(DemoDistrictGenerator generator, GridLayer layer) {
        List<AreaFeature> features = new ArrayList<>();
        features.add(new AreaFeature(1, AreaLevel.DISTRICT.key(), DemoDistrictGenerator.ADMIN_CODE,
                DemoDistrictGenerator.DISTRICT_NAME, generator.outline(), null, null));
        layer.subdistricts().forEach(area -> features.add(new AreaFeature(features.size() + 1,
                AreaLevel.SUBDISTRICT.key(), area.code(), area.name(), area.outline(), null, null)));
        layer.communities().forEach(area -> features.add(new AreaFeature(features.size() + 1,
                AreaLevel.COMMUNITY.key(), area.code(), area.name(), area.outline(), null, null)));
        return features;
    }
}
