package org.gridloop.casework;

import java.util.List;
import java.util.Optional;

import org.gridloop.Choices;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.asset.AssetLocator;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.intake.ReportIntake;
import org.gridloop.intake.ReportedAsset;
import org.springframework.stereotype.Component;

/**
 * Checks the class a case is to be corrected to (改类) and gives the case's facts under it: the
 * class must be reportable in the active scheme (a local class is, a deactivated one is not),
 * of the kind given, and not the class the case already has. An asset report keeps owner-first
 * routing through the register asset of the new class nearest to the reported position, found as
 * intake finds it; an incident has no asset.
 */
@Component
class Reclassifier {

    private final Categories categories;
    private final AssetLocator assets;

    Reclassifier(Categories categories, AssetLocator assets) {
        this.categories = categories;
        this.assets = assets;
    }

    /**
     * The facts under the requested class, or empty with the faults added to {@code problems}
     * under the API's field names.
     */
    Optional<CaseFacts> corrected(CaseFacts facts, String kindName, String code, List<FieldProblem> problems) {
        Optional<CategoryKind> kind = kind(kindName, problems);
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("categoryCode", "field.required", "required"));
            return Optional.empty();
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        Optional<Category> found = categories.find(kind.get(), trimmed);
        if (found.isEmpty()) {
            problems.add(unknown(kind.get(), trimmed));
            return Optional.empty();
        }
        Category category = found.get();
        if (!category.reportable()) {
            problems.add(new FieldProblem("categoryCode", "case.reclassify.deactivated",
                    "the class is deactivated and takes no new cases"));
            return Optional.empty();
        }
        if (category.kind() == facts.kind() && category.code().equals(facts.categoryCode())
                && category.scheme().equals(facts.scheme())) {
            problems.add(new FieldProblem("categoryCode", "case.reclassify.sameClass",
                    "the case already stands under this class"));
            return Optional.empty();
        }
        return Optional.of(facts.reclassified(category.kind(), category.scheme(), category.code(), category.name(),
                category.majorName(), asset(category, facts)));
    }

    private FieldProblem unknown(CategoryKind kind, String code) {
        CategoryKind other = kind == CategoryKind.ASSET ? CategoryKind.INCIDENT : CategoryKind.ASSET;
        if (categories.find(other, code).isPresent()) {
            return new FieldProblem("categoryCode", "case.reclassify.kindMismatch",
                    "the class " + code + " is not of kind " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new FieldProblem("categoryCode", "case.reclassify.unknown",
                "no such class in the active scheme " + categories.activeScheme());
    }

    private static Optional<CategoryKind> kind(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("kind", "field.required", "required"));
            return Optional.empty();
        }
        Optional<CategoryKind> kind = Choices.parse(CategoryKind.class, value);
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("kind", "case.reclassify.kind", "must be incident or asset"));
        }
        return kind;
    }

    /** The register asset of the new class nearest to the reported position, for an asset class. */
    private ReportedAsset asset(Category category, CaseFacts facts) {
        if (category.kind() != CategoryKind.ASSET) {
            return null;
        }
        return assets.nearest(category.code(), facts.location().latitude(), facts.location().longitude(),
                        ReportIntake.ASSET_SEARCH_METERS)
                .map(asset -> new ReportedAsset(asset.identifier().value(), asset.name(), asset.departmentCode(),
                        true))
                .orElse(null);
    }
}
