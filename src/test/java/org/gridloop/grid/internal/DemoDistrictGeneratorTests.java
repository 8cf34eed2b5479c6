package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.internal.GridLayer.CommunityArea;
import org.gridloop.grid.internal.GridLayer.SubdistrictArea;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

class DemoDistrictGeneratorTests {

    /** About 1 m² in square degrees at this latitude: overlaps below it are rounding, not area. */
    private static final double ROUNDING_AREA = 1e-10;

    private static final GridLayer layer = DemoDistrictFixtures.demoDistrict();

    @Test
    void drawsThirteenSubdistrictsWestToEastAsInLonggang() {
        assertThat(layer.subdistricts()).extracting(SubdistrictArea::name).containsExactly(
                "平湖", "布吉", "坂田", "南湾", "横岗", "龙城", "龙岗", "坪地", "坪山", "坑梓", "葵涌", "大鹏", "南澳");
        assertThat(layer.subdistricts()).extracting(SubdistrictArea::code)
                .allMatch(code -> code.matches("440307\\d{3}"));
        double westernmost = layer.subdistricts().get(0).outline().getCentroid().getX();
        double easternmost = layer.subdistricts().get(12).outline().getCentroid().getX();
        assertThat(westernmost).isLessThan(easternmost);
    }

    @Test
    void staysInsideTheLonggangBoundingBox() {
        Envelope box = new Envelope(114.05, 114.60, 22.55, 22.85);
        assertThat(layer.grids()).allSatisfy(grid -> assertThat(box.covers(grid.outline().getEnvelopeInternal())).isTrue());
    }

    @Test
    void hasAboutOneHundredCommunitiesWithNamesUniqueInTheirSubdistrict() {
        assertThat(layer.communities()).hasSizeBetween(90, 110);
        Map<String, List<CommunityArea>> bySubdistrict = layer.communities().stream()
                .collect(Collectors.groupingBy(CommunityArea::subdistrictCode));
        assertThat(bySubdistrict).hasSize(13);
        bySubdistrict.values().forEach(communities -> assertThat(communities)
                .extracting(CommunityArea::name).doesNotHaveDuplicates().allMatch(name -> name.endsWith("社区")));
    }

    @Test
    void hasExactly2690GridsWithValidUniqueCodesOfTheirCommunity() {
        assertThat(layer.grids()).hasSize(2_690);
        Set<String> codes = new HashSet<>();
        for (UnitGridArea grid : layer.grids()) {
            assertThat(GridCode.isValid(grid.code())).isTrue();
            assertThat(grid.code()).hasSize(14).startsWith(grid.communityCode());
            assertThat(codes.add(grid.code())).as("unique %s", grid.code()).isTrue();
        }
        Map<String, Long> perCommunity = layer.grids().stream()
                .collect(Collectors.groupingBy(UnitGridArea::communityCode, Collectors.counting()));
        assertThat(perCommunity).hasSameSizeAs(layer.communities());
        assertThat(perCommunity.values()).allMatch(count -> count >= 1 && count <= 99);
    }

    @Test
    void drawsEveryAreaAsOneValidPolygon() {
        assertThat(layer.subdistricts()).allMatch(area -> area.outline().isValid());
        assertThat(layer.communities()).allMatch(area -> area.outline().isValid());
        assertThat(layer.grids()).allMatch(area -> area.outline().isValid() && area.outline().getArea() > 0);
    }

    @Test
    void gridsTileTheirCommunityWithoutOverlap() {
        Map<String, Polygon> communities = layer.communities().stream()
                .collect(Collectors.toMap(CommunityArea::code, CommunityArea::outline));
        Map<String, Double> gridArea = layer.grids().stream().collect(Collectors.groupingBy(
                UnitGridArea::communityCode, Collectors.summingDouble(grid -> grid.outline().getArea())));
        for (UnitGridArea grid : layer.grids()) {
            Polygon community = communities.get(grid.communityCode());
            assertThat(grid.outline().difference(community).getArea()).as(grid.code()).isLessThan(ROUNDING_AREA);
        }
        communities.forEach((code, outline) ->
                assertThat(gridArea.get(code)).as(code).isCloseTo(outline.getArea(), offset(ROUNDING_AREA)));
        assertNoOverlaps(layer.grids().stream().map(UnitGridArea::outline).toList());
    }

    @Test
    void communitiesTileTheirSubdistrictWithoutOverlap() {
        Map<String, Polygon> subdistricts = layer.subdistricts().stream()
                .collect(Collectors.toMap(SubdistrictArea::code, SubdistrictArea::outline));
        for (CommunityArea community : layer.communities()) {
            Polygon subdistrict = subdistricts.get(community.subdistrictCode());
            assertThat(community.outline().difference(subdistrict).getArea()).isLessThan(ROUNDING_AREA);
        }
        assertNoOverlaps(layer.communities().stream().map(CommunityArea::outline).toList());
        assertNoOverlaps(layer.subdistricts().stream().map(SubdistrictArea::outline).toList());
    }

    @Test
    void generatesTheSameDistrictEveryTime() {
        GridLayer again = new DemoDistrictGenerator().generate();
        assertThat(again.subdistricts()).isEqualTo(layer.subdistricts());
        assertThat(again.communities()).isEqualTo(layer.communities());
        assertThat(again.grids()).hasSameSizeAs(layer.grids());
        for (int i = 0; i < layer.grids().size(); i++) {
            UnitGridArea expected = layer.grids().get(i);
            UnitGridArea actual = again.grids().get(i);
            assertThat(actual.code()).isEqualTo(expected.code());
            assertThat(actual.outline().equalsExact(expected.outline())).as(expected.code()).isTrue();
        }
    }

    private static void assertNoOverlaps(List<Polygon> polygons) {
        STRtree tree = new STRtree();
        polygons.forEach(polygon -> tree.insert(polygon.getEnvelopeInternal(), polygon));
        for (Polygon polygon : polygons) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
            @SuppressWarnings("unchecked")
            List<Polygon> neighbours = tree.query(polygon.getEnvelopeInternal());
            for (Polygon neighbour : neighbours) {
                if (neighbour != polygon && prepared.intersects(neighbour)) {
                    Geometry overlap = polygon.intersection(neighbour);
                    assertThat(overlap.getArea()).isLessThan(ROUNDING_AREA);
                }
            }
        }
    }
}
