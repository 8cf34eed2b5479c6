package org.gridloop.geocoding.internal;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.geocoding.AddressCandidate;
import org.gridloop.geocoding.Geocoder;
import org.gridloop.geocoding.NearbyAddress;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Answers {@link Geocoder} from an in-memory Lucene {@link AddressIndex} and a
 * {@link NearestAddresses} index of the gazetteer, both loaded from the database once the
 * application context is ready and again through {@link #reload()} whenever the gazetteer
 * changes; readers always see one complete pair.
 */
@Service
class GazetteerSearch implements Geocoder, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GazetteerSearch.class);

    private record Indexes(AddressIndex addresses, NearestAddresses nearest) {
    }

    private final Gazetteer gazetteer;
    private final GridLookup grids;
    private volatile Indexes indexes = new Indexes(AddressIndex.of(List.of()), new NearestAddresses(List.of()));

    GazetteerSearch(Gazetteer gazetteer, GridLookup grids) {
        this.gazetteer = gazetteer;
        this.grids = grids;
    }

    @Override
    public List<AddressCandidate> forward(String query, int limit) {
        return indexes.addresses().search(query, limit).stream()
                .map(hit -> new AddressCandidate(hit.entry().address(), hit.entry().latitude(),
                        hit.entry().longitude(), Math.round(hit.score() * 1000) / 1000.0,
                        new GridCode(hit.entry().gridCode())))
                .toList();
    }

    /**
     * {@inheritDoc}
     *
     * @throws DomainException {@code UNPROCESSABLE} when the point lies outside every unit grid of
     *         the district, {@code NOT_FOUND} when the gazetteer is empty
     */
    @Override
    public NearbyAddress reverse(double latitude, double longitude) {
        GridPlace place = grids.locate(latitude, longitude).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "geocoding.outside", "The point lies outside the district.",
                List.of(new DomainException.FieldProblem("lat", "geocoding.outside.field", "outside the district"),
                        new DomainException.FieldProblem("lon", "geocoding.outside.field", "outside the district"))));
        NearestAddresses.Nearest nearest = indexes.nearest().nearest(latitude, longitude)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "geocoding.empty",
                        "The gazetteer has no addresses yet."));
        return new NearbyAddress(nearest.entry().label(), nearest.entry().address(),
                Math.round(nearest.metres() * 10) / 10.0, place.grid());
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** Rebuilds both indexes from the gazetteer table; call after writing entries. */
    void reload() {
        long start = System.nanoTime();
        List<GazetteerEntry> entries = gazetteer.all();
        indexes = new Indexes(AddressIndex.of(entries), new NearestAddresses(entries));
        log.info("Address index of {} gazetteer entries loaded in {} ms", entries.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
