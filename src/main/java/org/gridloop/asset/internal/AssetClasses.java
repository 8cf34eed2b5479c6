package org.gridloop.asset.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.springframework.stereotype.Component;

/** The asset classes (部件小类) of the active scheme: the classes an asset may be registered in. */
@Component
public class AssetClasses {

    private final Categories categories;

    AssetClasses(Categories categories) {
        this.categories = categories;
    }

    public Optional<Category> find(String classCode) {
        return classCode == null ? Optional.empty() : categories.find(CategoryKind.ASSET, classCode.strip());
    }

    public List<Category> all() {
        return categories.active().stream().filter(category -> category.kind() == CategoryKind.ASSET).toList();
    }
}
