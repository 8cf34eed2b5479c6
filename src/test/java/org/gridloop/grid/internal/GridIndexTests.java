package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.gridloop.grid.GridPlace;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;

class GridIndexTests {

    private static final List<IndexedGrid> grids = DemoDistrictFixtures.indexedGrids();
    private static final GridIndex index = GridIndex.of(grids);

    @Test
    void placesAnInteriorPointOfEveryGridInThatGrid() {
        assertThat(index.size()).isEqualTo(2_690);
        for (IndexedGrid grid : grids) {
            Point inside = grid.outline().getInteriorPoint();
            assertThat(index.locate(inside.getY(), inside.getX())).as(grid.place().grid().value())
                    .contains(grid.place());
        }
    }

    @Test
    void agreesWithATestOfEveryGridForRandomPointsAcrossTheDistrict() {
        List<IndexedPointInAreaLocator> locators = grids.stream()
                .map(grid -> new IndexedPointInAreaLocator(grid.outline())).toList();
        Random random = new Random(7);
        int inside = 0;
        for (int i = 0; i < 20_000; i++) {
            double longitude = 114.05 + random.nextDouble() * 0.55;
            double latitude = 22.55 + random.nextDouble() * 0.30;
            Optional<GridPlace> expected = Optional.empty();
            for (int g = 0; g < grids.size() && expected.isEmpty(); g++) {
                if (grids.get(g).outline().getEnvelopeInternal().covers(longitude, latitude)
                        && locators.get(g).locate(new Coordinate(longitude, latitude)) != Location.EXTERIOR) {
                    expected = Optional.of(grids.get(g).place());
                }
            }
            assertThat(index.locate(latitude, longitude)).as("%s, %s", latitude, longitude).isEqualTo(expected);
            inside += expected.isPresent() ? 1 : 0;
        }
        assertThat(inside).as("points that fell in a grid").isBetween(5_000, 15_000);
    }

    @Test
    void reportsTheCommunityAndSubdistrictOfTheGrid() {
        GridPlace place = index.locate(22.70, 114.13).orElseThrow();

        assertThat(place.grid().value()).startsWith(place.communityCode());
        assertThat(place.communityCode()).startsWith(place.subdistrictCode());
        assertThat(place.subdistrictName()).isEqualTo("平湖");
        assertThat(place.communityName()).endsWith("社区");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
            "22.58, 114.45, Dapeng Bay between the peninsula and the mainland",
            "22.56, 114.10, inside the bounding box but south of the district",
            "22.60, 114.00, west of the bounding box",
            "22.90, 114.30, north of the bounding box",
            "39.90, 116.40, Beijing",
            "0, 0, null island"})
    void findsNoGridOutsideTheDistrict(double latitude, double longitude, String where) {
        assertThat(index.locate(latitude, longitude)).isEmpty();
    }

    @Test
    void findsNoGridForCoordinatesThatAreNotNumbers() {
        assertThat(index.locate(Double.NaN, 114.2)).isEmpty();
        assertThat(index.locate(22.7, Double.NaN)).isEmpty();
    }

    @Test
    void anEmptyIndexFindsNothing() {
        GridIndex empty = GridIndex.of(List.of());

        assertThat(empty.size()).isZero();
        assertThat(empty.locate(22.70, 114.13)).isEmpty();
    }
}
