package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.gridloop.grid.internal.GridLayer.CommunityArea;
import org.gridloop.grid.internal.GridLayer.SubdistrictArea;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;

/**
 * Generates the demo district, modelled on Shenzhen's Longgang district (龙岗区, administrative
 * code 440307) as it was described with 13 subdistricts and 2,690 unit grids. The outline, the
 * subdistrict borders, the communities and the grids are synthetic: a hand-drawn outline of about
 * 850 km² between 114.05–114.60 E and 22.55–22.85 N, divided level by level into Voronoi cells of
 * evenly scattered sites. Communities get grids in proportion to their area. Fixed seeds make
 * every generation identical.
 */
final class DemoDistrictGenerator {

    static final String ADMIN_CODE = "440307";
    static final int COMMUNITY_COUNT = 100;
    static final int GRID_COUNT = 2_690;
    static final int MAX_GRIDS_PER_COMMUNITY = 99;
    private static final int MIN_COMMUNITIES_PER_SUBDISTRICT = 4;
    private static final long SEED = 440307L;

    /** The district outline, longitude and latitude, drawn clockwise from the south-west. */
    private static final double[] OUTLINE = {
            114.060, 22.620, 114.075, 22.690, 114.120, 22.710, 114.180, 22.740, 114.240, 22.760,
            114.290, 22.800, 114.360, 22.823, 114.430, 22.815, 114.490, 22.785, 114.515, 22.745,
            114.500, 22.700, 114.550, 22.680, 114.590, 22.630, 114.585, 22.560, 114.530, 22.555,
            114.485, 22.595, 114.440, 22.625, 114.395, 22.627, 114.340, 22.652, 114.280, 22.642,
            114.220, 22.627, 114.160, 22.607, 114.100, 22.602, 114.060, 22.620};

    private record SubdistrictSite(String name, double longitude, double latitude) {
    }

    /** Subdistricts (街道) roughly west to east, each drawn around its site. */
    private static final List<SubdistrictSite> SUBDISTRICTS = List.of(
            new SubdistrictSite("平湖", 114.130, 22.700),
            new SubdistrictSite("布吉", 114.125, 22.630),
            new SubdistrictSite("坂田", 114.080, 22.650),
            new SubdistrictSite("南湾", 114.175, 22.645),
            new SubdistrictSite("横岗", 114.215, 22.680),
            new SubdistrictSite("龙城", 114.245, 22.740),
            new SubdistrictSite("龙岗", 114.295, 22.700),
            new SubdistrictSite("坪地", 114.310, 22.780),
            new SubdistrictSite("坪山", 114.365, 22.705),
            new SubdistrictSite("坑梓", 114.410, 22.785),
            new SubdistrictSite("葵涌", 114.460, 22.665),
            new SubdistrictSite("大鹏", 114.515, 22.630),
            new SubdistrictSite("南澳", 114.555, 22.585));

    static final String DISTRICT_NAME = "龙岗区";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    GridLayer generate() {
        Random random = new Random(SEED);
        SitePlacement placement = new SitePlacement(random);
        CommunityNames names = new CommunityNames(random);
        VoronoiPartition partition = new VoronoiPartition(factory);

        List<Polygon> subdistrictOutlines = partition.divide(outline(), SUBDISTRICTS.stream()
                .map(site -> new Coordinate(site.longitude(), site.latitude())).toList());
        List<SubdistrictArea> subdistricts = new ArrayList<>();
        for (int i = 0; i < SUBDISTRICTS.size(); i++) {
            subdistricts.add(new SubdistrictArea(ADMIN_CODE + threeDigits(i + 1), SUBDISTRICTS.get(i).name(),
                    subdistrictOutlines.get(i)));
        }

        int[] communityCounts = Apportionment.shares(areas(subdistrictOutlines), COMMUNITY_COUNT,
                MIN_COMMUNITIES_PER_SUBDISTRICT, 999);
        List<CommunityArea> communities = new ArrayList<>();
        for (int s = 0; s < subdistricts.size(); s++) {
            SubdistrictArea subdistrict = subdistricts.get(s);
            List<Polygon> outlines = partition.divide(subdistrict.outline(),
                    placement.scatter(subdistrict.outline(), communityCounts[s]));
            for (int c = 0; c < outlines.size(); c++) {
                communities.add(new CommunityArea(subdistrict.code() + threeDigits(c + 1), subdistrict.code(),
                        names.next(), outlines.get(c)));
            }
        }

        int[] gridCounts = Apportionment.shares(areas(communities.stream().map(CommunityArea::outline).toList()),
                GRID_COUNT, 1, MAX_GRIDS_PER_COMMUNITY);
        List<UnitGridArea> grids = new ArrayList<>(GRID_COUNT);
        for (int c = 0; c < communities.size(); c++) {
            CommunityArea community = communities.get(c);
            List<Polygon> outlines = partition.divide(community.outline(),
                    placement.scatter(community.outline(), gridCounts[c]));
            for (int g = 0; g < outlines.size(); g++) {
                grids.add(new UnitGridArea(community.code() + String.format("%02d", g + 1), community.code(),
                        outlines.get(g)));
            }
        }
        return new GridLayer(subdistricts, communities, grids);
    }

    /** The outline of the whole district. */
    Polygon outline() {
        Coordinate[] ring = new Coordinate[OUTLINE.length / 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(OUTLINE[2 * i], OUTLINE[2 * i + 1]);
        }
        return factory.createPolygon(ring);
    }

    private static double[] areas(List<Polygon> polygons) {
        return polygons.stream().mapToDouble(Polygon::getArea).toArray();
    }

    private static String threeDigits(int number) {
        return String.format("%03d", number);
    }
}
