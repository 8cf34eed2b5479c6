package org.gridloop.asset.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.gridloop.catalog.Category;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Department;
import org.gridloop.organization.DepartmentHints;
import org.locationtech.jts.geom.Envelope;

/**
 * Generates the demo district's register: a number of assets shared among the asset classes of
 * the active scheme by weight (manhole covers, street lamps, trees and bins are the common ones),
 * each at a random point of the district's extent that lies inside a unit grid, so that every
 * grid gets assets in proportion to its area. Mostly intact, surveyed in 2025–2026. The same
 * seed gives the same register.
 */
final class DemoAssetGenerator {

    private static final LocalDate FIRST_SURVEY = LocalDate.of(2025, 1, 1);
    private static final int SURVEY_DAYS = 540;

    private final List<Category> classes;
    private final GridLookup grids;
    private final Envelope extent;
    private final Map<String, Department> departments;

    DemoAssetGenerator(List<Category> classes, GridLookup grids, Envelope extent, Map<String, Department> departments) {
        this.classes = classes;
        this.grids = grids;
        this.extent = extent;
        this.departments = departments;
    }

    List<Asset> generate(int count, long seed) {
        Random random = new Random(seed);
        double[] weights = classes.stream().mapToDouble(category -> weight(category.name())).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        Map<String, Integer> sequences = new HashMap<>();
        List<Asset> assets = new ArrayList<>(count);
        double carried = 0;
        for (int c = 0; c < classes.size(); c++) {
            Category category = classes.get(c);
            double exact = count * weights[c] / total + carried;
            int share = (int) Math.floor(exact);
            carried = exact - share;
            Optional<Department> department = department(category.departmentType());
            for (int i = 0; i < share; i++) {
                GridPlace place;
                double latitude;
                double longitude;
                do {
                    longitude = round(extent.getMinX() + random.nextDouble() * extent.getWidth());
                    latitude = round(extent.getMinY() + random.nextDouble() * extent.getHeight());
                    place = grids.locate(latitude, longitude).orElse(null);
                } while (place == null);
                String admin = place.grid().adminCode();
                int sequence = sequences.merge(admin + category.code(), 1, Integer::sum);
                LocalDate surveyed = FIRST_SURVEY.plusDays(random.nextInt(SURVEY_DAYS));
                String unit = department.map(Department::name).orElse(null);
                assets.add(new Asset(AssetIdentifier.of(admin, category.code(), sequence), category.name(),
                        department.map(Department::code).orElse(null), unit, unit, place.grid().value(),
                        status(random), latitude, longitude, surveyed, surveyed, "census", null));
            }
        }
        return assets;
    }

    private Optional<Department> department(String hint) {
        return DepartmentHints.departmentFor(hint).or(() -> Optional.of("subdistrict"))
                .map(departments::get);
    }

    /** How common a class is, relative to a rare one (1). */
    static double weight(String name) {
        if (name.equals("路灯") || name.equals("行道树")) {
            return 120;
        }
        if (name.equals("垃圾箱")) {
            return 60;
        }
        if (name.endsWith("井盖") || name.equals("雨水箅子")) {
            return 25;
        }
        if (name.contains("立杆") || name.contains("交通标志") || name.equals("独立树") || name.contains("树池")
                || name.equals("消防设施") || name.contains("护栏") || name.contains("路名牌")) {
            return 12;
        }
        if (name.contains("配电箱") || name.contains("交接箱") || name.contains("公交站") || name.contains("座椅")
                || name.contains("监控") || name.contains("灯")) {
            return 6;
        }
        return 1;
    }

    private static AssetStatus status(Random random) {
        int draw = random.nextInt(100);
        return draw < 94 ? AssetStatus.INTACT : draw < 97 ? AssetStatus.DAMAGED
                : draw < 98 ? AssetStatus.LOST : AssetStatus.ABANDONED;
    }

    /** Seven decimals: about a centimetre. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
