package org.gridloop.geocoding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridloop.geocoding.internal.DistrictShapes.CommunityShape;
import org.gridloop.geocoding.internal.DistrictShapes.SubdistrictShape;
import org.gridloop.grid.GreatCircle;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GazetteerGeneratorTests {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Two square subdistricts of about 5 × 5 km side by side; the grids cover both. */
    private static final DistrictShapes DISTRICT = new DistrictShapes(List.of(
            new SubdistrictShape("平湖", square(114.10, 22.68, 0.05),
                    List.of(new CommunityShape("新岭社区", square(114.10, 22.68, 0.02)))),
            new SubdistrictShape("布吉", square(114.15, 22.68, 0.05), List.of())));

    /** One grid over the box 22.68–22.73 N, 114.10–114.20 E, in every version. */
    private static final GridLookup GRIDS = new GridLookup() {

        @Override
        public Optional<GridPlace> locate(double latitude, double longitude) {
            return latitude > 22.68 && latitude < 22.73 && longitude > 114.10 && longitude < 114.20
                    ? Optional.of(new GridPlace(new GridCode("44030700100101"), "440307001001", "新岭社区",
                            "440307001", "平湖"))
                    : Optional.empty();
        }

        @Override
        public Optional<GridPlace> locate(double latitude, double longitude, Instant at) {
            return locate(latitude, longitude);
        }
    };

    private final List<GazetteerEntry> entries = new GazetteerGenerator(GRIDS).generate(DISTRICT);

    @Test
    void generatesTheSameGazetteerEveryTime() {
        assertThat(new GazetteerGenerator(GRIDS).generate(DISTRICT)).isEqualTo(entries);
    }

    @Test
    void namesEachSubdistrictsMainRoadAfterIt() {
        assertThat(entries).filteredOn(entry -> entry.kind() == EntryKind.ROAD).extracting(GazetteerEntry::road)
                .contains("平湖大街", "布吉路")
                .doesNotHaveDuplicates();
    }

    @Test
    void numbersDoorplatesOddOnOneSideEvenOnTheOtherEveryTwentyToFiftyMetres() {
        Map<String, List<GazetteerEntry>> byRoad = entries.stream()
                .filter(entry -> entry.kind() == EntryKind.DOORPLATE)
                .collect(Collectors.groupingBy(GazetteerEntry::road));
        assertThat(byRoad).hasSizeGreaterThanOrEqualTo(6);
        byRoad.forEach((road, doorplates) -> {
            List<GazetteerEntry> odd = doorplates.stream().filter(d -> d.houseNumber() % 2 == 1).toList();
            assertThat(odd).extracting(GazetteerEntry::houseNumber).startsWith(1, 3, 5);
            assertThat(doorplates).extracting(GazetteerEntry::houseNumber).contains(2, 4).doesNotHaveDuplicates();
            for (int i = 1; i < odd.size(); i++) {
                double metres = GreatCircle.meters(odd.get(i - 1).latitude(), odd.get(i - 1).longitude(),
                        odd.get(i).latitude(), odd.get(i).longitude());
                assertThat(metres).as(road + " " + odd.get(i).houseNumber()).isBetween(15.0, 55.0);
            }
        });
    }

    @Test
    void placesPointsOfInterestOfRoadsSubdistrictsAndCommunities() {
        List<String> names = entries.stream().filter(entry -> entry.kind() == EntryKind.POI)
                .map(GazetteerEntry::name).toList();
        assertThat(names).contains("平湖街道办事处", "平湖人民医院", "新岭社区工作站", "新岭社区健康服务中心")
                .doesNotHaveDuplicates();
        assertThat(names.stream().filter(name -> name.endsWith("小学") || name.endsWith("公园")
                || name.endsWith("地铁站") || name.endsWith("农贸市场") || name.endsWith("中学")
                || name.endsWith("广场") || name.endsWith("幼儿园"))).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void givesEveryEntryAGridAndLeavesOutWhatLiesOutsideTheGrids() {
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.gridCode()).isEqualTo("44030700100101");
            assertThat(entry.latitude()).isBetween(22.68, 22.73);
        });
        assertThat(entries).extracting(GazetteerEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void writesFullAddressesInTheNationalForm() {
        GazetteerEntry first = entries.stream().filter(entry -> entry.kind() == EntryKind.DOORPLATE
                && entry.road().equals("平湖大街") && entry.houseNumber() == 1).findFirst().orElseThrow();
        assertThat(first.address()).isEqualTo("深圳市龙岗区平湖街道平湖大街1号");
        assertThat(first.label()).isEqualTo("平湖大街1号");
    }

    private static Polygon square(double west, double south, double size) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(west + size, south),
                new Coordinate(west + size, south + size), new Coordinate(west, south + size),
                new Coordinate(west, south)});
    }
}
