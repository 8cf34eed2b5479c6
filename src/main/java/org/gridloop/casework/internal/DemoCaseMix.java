package org.gridloop.casework.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridloop.casework.DepartmentRouting;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;

/**
 * The classes the demo district's reports fall into, skewed as a city's are: exposed garbage
 * (暴露垃圾), piled materials (乱堆物堆料), street vending (占道经营, 无照经营) and manhole
 * covers (井盖) dominate, small advertisements and damaged roads follow, and every other
 * reportable class of the active scheme takes a small share. The department of a case is the
 * one the routing rules propose for its class and place, else the territorial fallback.
 */
final class DemoCaseMix {

    /** Weights by a part of the class name, first match wins; other classes weigh {@link #OTHER}. */
    private static final List<Map.Entry<String, Double>> WEIGHTS = List.of(
            Map.entry("暴露垃圾", 160.0), Map.entry("乱堆", 110.0), Map.entry("占道经营", 90.0),
            Map.entry("井盖", 6.0), Map.entry("无照经营", 40.0), Map.entry("张贴", 30.0), Map.entry("小广告", 30.0),
            Map.entry("积存垃圾", 25.0), Map.entry("道路破损", 20.0), Map.entry("绿地脏乱", 15.0),
            Map.entry("废弃", 8.0), Map.entry("路灯", 6.0));

    private static final double OTHER = 1.0;

    /** The department that takes what no rule covers (属地街道办事处) in the demo district. */
    static final String TERRITORIAL = "subdistrict";

    private final List<Category> classes = new ArrayList<>();
    private final double[] cumulative;
    private final DepartmentRouting routing;
    private final String fallback;
    private final Map<String, String> departments = new HashMap<>();

    DemoCaseMix(Categories categories, DepartmentRouting routing, Departments departmentList) {
        this.routing = routing;
        List<Double> weights = new ArrayList<>();
        for (Category category : categories.active()) {
            if (category.reportable()) {
                classes.add(category);
                weights.add(weight(category.name()));
            }
        }
        cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        List<Department> all = departmentList.all();
        fallback = all.stream().anyMatch(department -> department.code().equals(TERRITORIAL)) ? TERRITORIAL
                : all.isEmpty() ? null : all.get(0).code();
    }

    private static double weight(String name) {
        return WEIGHTS.stream().filter(entry -> name.contains(entry.getKey())).findFirst().map(Map.Entry::getValue)
                .orElse(OTHER);
    }

    boolean isEmpty() {
        return classes.isEmpty() || fallback == null;
    }

    Category pick(Random random) {
        double draw = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < draw) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return classes.get(low);
    }

    /** The department the routing rules send the class to at the place. */
    String departmentFor(Category category, GridPlace place) {
        String key = category.kind() + ":" + category.code() + ":" + place.subdistrictCode();
        return departments.computeIfAbsent(key, k -> routing.propose(category.kind(), category.code(), place, null)
                .orElse(fallback));
    }
}
