package org.gridloop.asset.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.asset.Asset;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.Subdistrict;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the demo district's asset register at first start ({@code gridloop.demo.assets},
 * 200,000 by default) with one {@code COPY}, then loads the spatial index; does nothing when
 * the register has assets.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.ASSET)
class DemoAssetSeeder implements ApplicationRunner {

    static final long SEED = 20_261_128L;

    private static final Logger log = LoggerFactory.getLogger(DemoAssetSeeder.class);

    private final AssetRecords records;
    private final AssetSequences sequences;
    private final AssetClasses classes;
    private final GridLookup grids;
    private final GridDirectory directory;
    private final Departments departments;
    private final IndexedAssetLocator locator;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final int count;

    DemoAssetSeeder(AssetRecords records, AssetSequences sequences, AssetClasses classes, GridLookup grids,
            GridDirectory directory, Departments departments, IndexedAssetLocator locator,
            TransactionTemplate transactions, JsonMapper json, @Value("${gridloop.demo.assets:200000}") int count) {
        this.records = records;
        this.sequences = sequences;
        this.classes = classes;
        this.grids = grids;
        this.directory = directory;
        this.departments = departments;
        this.locator = locator;
        this.transactions = transactions;
        this.json = json;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (count <= 0 || !records.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Envelope extent = districtExtent();
        if (extent.isNull()) {
            return;
        }
        Map<String, Department> byCode = departments.all().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        List<Asset> assets = new DemoAssetGenerator(classes.all(), grids, extent, byCode).generate(count, SEED);
        long generated = System.nanoTime();
        String fingerprint = transactions.execute(status -> {
            records.lockAndFingerprint();
            records.insertAll(assets);
            Map<String, Integer> highest = new HashMap<>();
            assets.forEach(asset -> AssetSequences.track(highest, asset.identifier()));
            sequences.raiseTo(highest);
            return records.fingerprint();
        });
        long written = System.nanoTime();
        locator.replace(assets, fingerprint);
        log.info("Demo asset register: {} assets generated in {} ms, written in {} ms, indexed in {} ms",
                assets.size(), (generated - start) / 1_000_000, (written - generated) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
    }

    private Envelope districtExtent() {
        Envelope extent = new Envelope();
        for (Subdistrict subdistrict : directory.subdistricts()) {
            directory.subdistrictOutlineGeoJson(subdistrict.code()).ifPresent(outline -> {
                for (JsonNode ring : json.readTree(outline).path("coordinates")) {
                    for (JsonNode point : ring) {
                        extent.expandToInclude(point.get(0).asDouble(), point.get(1).asDouble());
                    }
                }
            });
        }
        return extent;
    }
}
