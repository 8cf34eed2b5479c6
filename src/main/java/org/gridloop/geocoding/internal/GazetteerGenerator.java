package org.gridloop.geocoding.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.gridloop.geocoding.internal.DistrictShapes.CommunityShape;
import org.gridloop.geocoding.internal.DistrictShapes.SubdistrictShape;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Generates the demo district's gazetteer from its subdistrict and community outlines: per
 * subdistrict a main road named after it (平湖大街, 布吉路, 龙岗大道…) and further roads with
 * invented names, each a gently bent line across the subdistrict; doorplates every 20–50 m on
 * both sides, odd numbers on the left and even on the right counted from the road's start; and
 * points of interest — schools, parks, markets and metro stations named after their road, the
 * subdistrict office, hospital and police station, and each community's workstation (社区工作站)
 * and health centre. Entries outside every unit grid are left out. A fixed seed makes every
 * generation identical for the same district.
 */
final class GazetteerGenerator {

    private static final long SEED = 215L;
    private static final int ROADS_PER_SUBDISTRICT = 5;
    private static final double MIN_ROAD_METRES = 800;
    private static final double MIN_SPACING = 20;
    private static final double MAX_SPACING = 50;
    private static final double DOORPLATE_SETBACK = 12;
    private static final double POI_SETBACK = 40;

    private static final Map<String, String> MAIN_ROAD_KINDS = Map.of("平湖", "大街", "布吉", "路", "坂田", "路",
            "南湾", "路", "坑梓", "路", "葵涌", "路");
    private static final String DEFAULT_MAIN_ROAD_KIND = "大道";
    private static final List<String> ROAD_KINDS = List.of("路", "路", "路", "路", "大道", "街", "大街");
    private static final List<String> ROAD_STEMS = List.of(
            "深惠", "吉祥", "和平", "东兴", "新安", "龙翔", "爱联", "建设", "富民", "华兴", "清林", "宝龙", "碧新",
            "布澜", "五和", "雪岗", "环城", "怡翠", "丹竹", "沙荷", "南坪", "吉华", "秀峰", "龙腾", "盛平", "园山",
            "红棉", "桂花", "翠竹", "金鹏", "青云", "腾飞", "致远", "松柏", "荷坳", "银河", "新生", "龙飞", "水官",
            "如意", "新丰", "丰和", "同心", "长兴", "黄阁", "岗头", "禾坪", "大运", "西环", "东环", "振业", "创业",
            "科技", "信义", "宏发", "锦绣", "福宁", "怡丰");
    private static final List<String> ROAD_POI_KINDS = List.of("小学", "中学", "公园", "农贸市场", "地铁站", "广场",
            "幼儿园");
    private static final List<String> SUBDISTRICT_POI_KINDS = List.of("街道办事处", "人民医院", "派出所", "文体中心");
    private static final List<String> COMMUNITY_POI_KINDS = List.of("工作站", "健康服务中心");

    private record Road(String name, String stem, LineString line) {
    }

    private final GridLookup grids;
    private final LocalProjection projection = LocalProjection.district();
    private final GeometryFactory factory = new GeometryFactory();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Random random;

    GazetteerGenerator(GridLookup grids) {
        this.grids = grids;
    }

    List<GazetteerEntry> generate(DistrictShapes district) {
        entries.clear();
        names.clear();
        random = new Random(SEED);
        List<String> stems = new ArrayList<>(ROAD_STEMS);
        Collections.shuffle(stems, random);
        Iterator<String> nextStems = Stream.generate(() -> stems).flatMap(List::stream).iterator();
        for (SubdistrictShape subdistrict : district.subdistricts()) {
            addRoads(subdistrict, nextStems);
            addCommunities(subdistrict);
        }
        return List.copyOf(entries);
    }

    /** The subdistrict's roads with their doorplates and points of interest, and its own offices. */
    private void addRoads(SubdistrictShape subdistrict, Iterator<String> stems) {
        Polygon outline = projection.toMetres(subdistrict.outline(), factory);
        List<Road> roads = new ArrayList<>();
        for (int i = 0; i < ROADS_PER_SUBDISTRICT; i++) {
            String stem = i == 0 ? subdistrict.name() : stems.next();
            String kind = i == 0 ? MAIN_ROAD_KINDS.getOrDefault(subdistrict.name(), DEFAULT_MAIN_ROAD_KIND)
                    : ROAD_KINDS.get(random.nextInt(ROAD_KINDS.size()));
            roadAcross(outline, i).ifPresent(line -> roads.add(new Road(stem + kind, stem, line)));
        }
        for (Road road : roads) {
            addRoad(subdistrict.name(), road);
        }
        if (!roads.isEmpty()) {
            Road first = roads.get(0);
            for (String kind : SUBDISTRICT_POI_KINDS) {
                addPoi(subdistrict.name(), null, subdistrict.name() + kind, pointBeside(first));
            }
        }
    }

    /** Each community's workstation and health centre, side by side inside the community. */
    private void addCommunities(SubdistrictShape subdistrict) {
        for (CommunityShape community : subdistrict.communities()) {
            Coordinate centre = projection.toMetres(community.outline().getInteriorPoint().getY(),
                    community.outline().getInteriorPoint().getX());
            for (int k = 0; k < COMMUNITY_POI_KINDS.size(); k++) {
                addPoi(subdistrict.name(), null, community.name() + COMMUNITY_POI_KINDS.get(k),
                        new Coordinate(centre.x + 80 * k, centre.y));
            }
        }
    }

    /** The longest piece inside the outline of a bent line across it, east–west or north–south. */
    private Optional<LineString> roadAcross(Polygon outline, int index) {
        var box = outline.getEnvelopeInternal();
        boolean eastWest = index % 2 == 0;
        int ofThisDirection = eastWest ? (ROADS_PER_SUBDISTRICT + 1) / 2 : ROADS_PER_SUBDISTRICT / 2;
        double across = (index / 2 + 1.0) / (ofThisDirection + 1) + (random.nextDouble() - 0.5) * 0.15;
        double bend = (random.nextDouble() - 0.5) * 0.2;
        double tilt = (random.nextDouble() - 0.5) * 0.2;
        double middle = 0.3 + random.nextDouble() * 0.4;
        Coordinate[] points = new Coordinate[3];
        for (int p = 0; p < 3; p++) {
            double along = p == 0 ? -0.05 : p == 1 ? middle : 1.05;
            double side = across + (p == 1 ? bend : (p == 0 ? -tilt : tilt));
            points[p] = eastWest
                    ? new Coordinate(box.getMinX() + along * box.getWidth(), box.getMinY() + side * box.getHeight())
                    : new Coordinate(box.getMinX() + side * box.getWidth(), box.getMinY() + along * box.getHeight());
        }
        Geometry inside = outline.intersection(factory.createLineString(points));
        LineString longest = null;
        for (int g = 0; g < inside.getNumGeometries(); g++) {
            if (inside.getGeometryN(g) instanceof LineString piece
                    && (longest == null || piece.getLength() > longest.getLength())) {
                longest = piece;
            }
        }
        return Optional.ofNullable(longest).filter(line -> line.getLength() >= MIN_ROAD_METRES);
    }

    private void addRoad(String subdistrict, Road road) {
        LengthIndexedLine line = new LengthIndexedLine(road.line());
        double length = road.line().getLength();
        add(EntryKind.ROAD, subdistrict, road, null, null, line.extractPoint(length / 2));
        for (int side = 0; side < 2; side++) {
            double offset = side == 0 ? DOORPLATE_SETBACK : -DOORPLATE_SETBACK;
            int number = side == 0 ? 1 : 2;
            for (double at = 5 + random.nextDouble() * 20; at < length - 5; at += spacing()) {
                add(EntryKind.DOORPLATE, subdistrict, road, number, null, line.extractPoint(at, offset));
                number += 2;
            }
        }
        List<String> kinds = new ArrayList<>(ROAD_POI_KINDS);
        Collections.shuffle(kinds, random);
        for (String kind : kinds.subList(0, 2)) {
            addPoi(subdistrict, road, road.stem() + kind, pointBeside(road));
        }
    }

    private Coordinate pointBeside(Road road) {
        double length = road.line().getLength();
        double at = length * (0.15 + random.nextDouble() * 0.7);
        return new LengthIndexedLine(road.line()).extractPoint(at, random.nextBoolean() ? POI_SETBACK : -POI_SETBACK);
    }

    private double spacing() {
        return MIN_SPACING + random.nextDouble() * (MAX_SPACING - MIN_SPACING);
    }

    private void addPoi(String subdistrict, Road road, String name, Coordinate at) {
        if (names.add(name)) {
            add(EntryKind.POI, subdistrict, road, null, name, at);
        }
    }

    private void add(EntryKind kind, String subdistrict, Road road, Integer number, String name, Coordinate at) {
        double latitude = projection.latitude(at);
        double longitude = projection.longitude(at);
        Optional<GridPlace> place = grids.locate(latitude, longitude);
        if (place.isEmpty()) {
            return;
        }
        entries.add(new GazetteerEntry(entries.size() + 1L, kind, subdistrict, road == null ? null : road.name(),
                road == null ? null : road.stem(), number, name, round(latitude), round(longitude),
                place.get().grid().value()));
    }

    /** Seven decimals: about a centimetre, as stored. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
