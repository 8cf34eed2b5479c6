package org.gridloop.geocoding.internal;

import java.util.List;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the demo district's gazetteer at first start, after the grids, and reloads the
 * indexes; does nothing when the gazetteer has entries already or the district has no
 * subdistricts.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.GEOCODING)
class DemoGazetteerSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGazetteerSeeder.class);

    private final Gazetteer gazetteer;
    private final GazetteerSearch search;
    private final GridDirectory directory;
    private final GridLookup grids;
    private final JsonMapper json;

    DemoGazetteerSeeder(Gazetteer gazetteer, GazetteerSearch search, GridDirectory directory, GridLookup grids,
            JsonMapper json) {
        this.gazetteer = gazetteer;
        this.search = search;
        this.directory = directory;
        this.grids = grids;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!gazetteer.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        DistrictShapes district = DistrictShapes.read(directory, json);
        if (district.subdistricts().isEmpty()) {
            return;
        }
        List<GazetteerEntry> entries = new GazetteerGenerator(grids).generate(district);
        gazetteer.replace(entries);
        log.info("Demo gazetteer generated: {} entries in {} ms", entries.size(),
                (System.nanoTime() - start) / 1_000_000);
        search.reload();
    }
}
