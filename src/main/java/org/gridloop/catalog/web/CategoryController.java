package org.gridloop.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.internal.CategoryManagement;
import org.gridloop.catalog.internal.CategoryManagement.LocalClass;
import org.gridloop.catalog.internal.CategoryManagement.SchemeEntry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classes of the scheme in force: the pick list of reporting clients (classes open to new
 * reports), and for administrators the choice of the scheme, local classes and deactivation.
 */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

    /**
     * One class as the API shows it.
     *
     * @param kind        {@code asset} (部件) or {@code incident} (事件)
     * @param local       a district's own class, added by its administrator
     * @param deactivated closed to new reports
     */
    record CategoryEntry(String kind, String code, String majorCode, String majorName, String name, boolean local,
            boolean deactivated) {

        static CategoryEntry of(Category category) {
            return new CategoryEntry(category.kind().name().toLowerCase(Locale.ROOT), category.code(),
                    category.majorCode(), category.majorName(), category.name(), category.local(),
                    category.deactivated());
        }
    }

    /** The choice of the scheme in force. */
    record SchemeChoice(String scheme) {
    }

    private final Categories categories;
    private final CategoryManagement management;

    CategoryController(Categories categories, CategoryManagement management) {
        this.categories = categories;
        this.management = management;
    }

    /** The classes open to new reports; with {@code all=true} the deactivated ones too. */
    @GetMapping
    List<CategoryEntry> activeClasses(@RequestParam(defaultValue = "false") boolean all) {
        return (all ? categories.active() : categories.reportable()).stream().map(CategoryEntry::of).toList();
    }

    @GetMapping("/schemes")
    List<SchemeEntry> schemes() {
        return management.schemes();
    }

    @PutMapping("/scheme")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Map<String, String> chooseScheme(@RequestBody SchemeChoice choice) {
        management.chooseScheme(choice.scheme());
        return Map.of("scheme", categories.activeScheme());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CategoryEntry addLocalClass(@RequestBody LocalClass local) {
        return CategoryEntry.of(management.addLocalClass(local));
    }

    @PostMapping("/{kind}/{code}/deactivate")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CategoryEntry deactivate(@PathVariable String kind, @PathVariable String code) {
        return CategoryEntry.of(management.deactivate(kind, code));
    }

    @PostMapping("/{kind}/{code}/activate")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CategoryEntry activate(@PathVariable String kind, @PathVariable String code) {
        return CategoryEntry.of(management.activate(kind, code));
    }
}
