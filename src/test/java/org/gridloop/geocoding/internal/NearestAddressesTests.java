package org.gridloop.geocoding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gridloop.grid.GreatCircle;
import org.junit.jupiter.api.Test;

class NearestAddressesTests {

    private static final String GRID = "44030700100101";

    private final NearestAddresses nearest = new NearestAddresses(List.of(
            entry(1, EntryKind.ROAD, 22.70000, 114.30000),
            entry(2, EntryKind.DOORPLATE, 22.70010, 114.30000),
            entry(3, EntryKind.DOORPLATE, 22.70100, 114.30100),
            entry(4, EntryKind.POI, 22.69000, 114.29000)));

    @Test
    void findsTheNearestDoorplateOrPointOfInterestButNeverARoad() {
        assertThat(nearest.nearest(22.70000, 114.30000).orElseThrow().entry().id()).isEqualTo(2);
        assertThat(nearest.nearest(22.70090, 114.30090).orElseThrow().entry().id()).isEqualTo(3);
        assertThat(nearest.nearest(22.68000, 114.28000).orElseThrow().entry().id()).isEqualTo(4);
        assertThat(nearest.size()).isEqualTo(3);
    }

    @Test
    void measuresTheDistanceInMetresOnTheSphere() {
        // 0.0001° of latitude is 11.1 m
        assertThat(nearest.nearest(22.70000, 114.30000).orElseThrow().metres()).isCloseTo(11.1, within(0.1));
        // 0.001° of longitude at 22.7° N is 102.6 m
        assertThat(GreatCircle.meters(22.7, 114.3, 22.7, 114.301)).isCloseTo(102.6, within(0.3));
    }

    @Test
    void answersNothingWithoutEntries() {
        assertThat(new NearestAddresses(List.of()).nearest(22.7, 114.3)).isEmpty();
    }

    private static GazetteerEntry entry(long id, EntryKind kind, double latitude, double longitude) {
        return new GazetteerEntry(id, kind, "龙岗", "龙岗大道", "龙岗", kind == EntryKind.DOORPLATE ? (int) id : null,
                kind == EntryKind.POI ? "龙岗人民医院" : null, latitude, longitude, GRID);
    }
}
