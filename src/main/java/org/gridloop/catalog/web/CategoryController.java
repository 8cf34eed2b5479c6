package org.gridloop.catalog.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The classes of the active scheme, for pick lists of reporting clients. */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

    /**
     * One class as the API shows it.
     *
     * @param kind {@code asset} (部件) or {@code incident} (事件)
     */
    record CategoryEntry(String kind, String code, String majorCode, String majorName, String name) {

        static CategoryEntry of(Category category) {
            return new CategoryEntry(category.kind().name().toLowerCase(Locale.ROOT), category.code(),
                    category.majorCode(), category.majorName(), category.name());
        }
    }

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryEntry> activeClasses() {
        return categories.active().stream().map(CategoryEntry::of).toList();
    }
}
