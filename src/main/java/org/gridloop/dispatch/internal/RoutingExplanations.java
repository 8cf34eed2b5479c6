package org.gridloop.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.dispatch.internal.RoutingRuleManagement.RuleEntry;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.springframework.stereotype.Service;

/**
 * Tells which department a case of a class at a point would go to, and why: the routing tester
 * of the rules page and {@code GET /api/v1/routing-rules/explain}. It asks the same routing that
 * proposes departments for real cases, so the answer cannot drift from what dispatch does.
 */
@Service
public class RoutingExplanations {

    /**
     * The answer for one class at one point.
     *
     * @param basis           {@code rule}, {@code subdistrict-office}, {@code fallback} or {@code none}
     * @param rule            the rule that chose the department, for {@code rule}
     * @param gridCode        the unit grid containing the point, {@code null} outside the grid area
     * @param passedOver      more specific matching rules skipped because their department is deactivated
     */
    public record Explanation(String departmentCode, String basis, RuleEntry rule, String gridCode,
            String subdistrictCode, List<RuleEntry> passedOver) {
    }

    private final RuleBasedDepartmentRouting routing;
    private final Categories categories;
    private final GridLookup grids;

    RoutingExplanations(RuleBasedDepartmentRouting routing, Categories categories, GridLookup grids) {
        this.routing = routing;
        this.categories = categories;
        this.grids = grids;
    }

    public Explanation explain(String kindName, String categoryCode, Double lat, Double lon) {
        List<FieldProblem> problems = new ArrayList<>();
        CategoryKind kind = RoutingRequests.kind(kindName, problems);
        String code = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
        if (code == null) {
            problems.add(new FieldProblem("categoryCode", "field.required", "required"));
        } else if (kind != null && categories.find(kind, code).isEmpty()) {
            problems.add(new FieldProblem("categoryCode", "dispatch.rule.class-unknown",
                    "no such class in the scheme in force"));
        }
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            problems.add(new FieldProblem("lat", "dispatch.explain.lat", "a latitude from -90 to 90"));
        }
        if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            problems.add(new FieldProblem("lon", "dispatch.explain.lon", "a longitude from -180 to 180"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "dispatch.explain.invalid",
                    "The question is not valid", problems);
        }
        GridPlace place = grids.locate(lat, lon).orElse(null);
        RoutingDecision decision = routing.decide(kind, code, place, null);
        return new Explanation(decision.departmentCode(),
                decision.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                decision.rule() == null ? null : RuleEntry.of(decision.rule()),
                place == null ? null : place.grid().value(), decision.subdistrictCode(),
                decision.passedOver().stream().map(RuleEntry::of).toList());
    }
}
