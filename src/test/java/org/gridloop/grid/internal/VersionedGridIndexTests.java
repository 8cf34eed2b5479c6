package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class VersionedGridIndexTests {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Instant REVISION = Instant.parse("2027-01-01T00:00:00Z");

    /** Version 1: one grid over the square; version 2 splits it into a west and an east grid. */
    private final VersionedGridIndex versions = new VersionedGridIndex(List.of(
            Version.of(version(2, REVISION), List.of(
                    grid("44030700100102", square(114.0, 22.0, 114.05, 22.1)),
                    grid("440307001001003", square(114.05, 22.0, 114.1, 22.1)))),
            Version.of(version(1, Instant.EPOCH), List.of(grid("44030700100101", square(114.0, 22.0, 114.1, 22.1))))));

    @Test
    void answersFromTheVersionInEffectBeforeAndAfterTheRevision() {
        long before = REVISION.toEpochMilli() - 1;
        long at = REVISION.toEpochMilli();

        assertThat(code(versions.locate(22.05, 114.07, before))).isEqualTo("44030700100101");
        assertThat(code(versions.locate(22.05, 114.07, at))).isEqualTo("440307001001003");
        assertThat(code(versions.locate(22.05, 114.02, at + 86_400_000L))).isEqualTo("44030700100102");
        assertThat(code(versions.locate(22.05, 114.02, before))).isEqualTo("44030700100101");
        assertThat(versions.locate(22.5, 114.02, at)).isEmpty();
    }

    @Test
    void switchesBackAndForthWithTheInstantAskedAbout() {
        for (long instant : new long[] {0, REVISION.toEpochMilli(), 5, REVISION.toEpochMilli() + 1, -1}) {
            int expected = instant >= REVISION.toEpochMilli() ? 2 : instant >= 0 ? 1 : 0;
            Version version = versions.at(instant);
            assertThat(version == null ? 0 : version.version().id()).as("at %d", instant).isEqualTo(expected);
        }
        assertThat(versions.locate(22.05, 114.07, -1)).as("before the first version").isEmpty();
    }

    @Test
    void listsVersionsByEffectiveInstantAndFindsThemById() {
        assertThat(versions.versions()).extracting(version -> version.version().id()).containsExactly(1, 2);
        assertThat(versions.version(2)).get().extracting(version -> version.grids().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("44030700100102", "440307001001003");
        assertThat(versions.version(3)).isEmpty();
        assertThat(VersionedGridIndex.empty().locate(22.05, 114.07, 0)).isEmpty();
    }

    private static String code(java.util.Optional<GridPlace> place) {
        return place.map(found -> found.grid().value()).orElse(null);
    }

    private static GridVersion version(int id, Instant effectiveFrom) {
        return new GridVersion(id, "v" + id, effectiveFrom, effectiveFrom, "system", id, 1);
    }

    private static IndexedGrid grid(String code, Polygon outline) {
        return new IndexedGrid(new GridPlace(new GridCode(code), "440307001001", "新岭社区", "440307001", "平湖"),
                outline);
    }

    private static Polygon square(double west, double south, double east, double north) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }
}
