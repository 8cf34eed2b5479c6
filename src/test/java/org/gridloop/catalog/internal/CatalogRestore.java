package org.gridloop.catalog.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the dictionary back as the tests sharing an application context expect it: the default
 * scheme in force, no local class, no deactivated class.
 */
public final class CatalogRestore {

    private CatalogRestore() {
    }

    public static void restore(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CachedCategories categories = context.getBean(CachedCategories.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM catalog_class WHERE local").update();
            jdbc.sql("UPDATE catalog_class SET deactivated_at = NULL WHERE deactivated_at IS NOT NULL").update();
            categories.activate(CatalogProperties.DEFAULT_SCHEME);
            categories.changed();
        });
    }
}
