package org.gridloop.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the category dictionary.
 *
 * @param activeScheme the scheme to put in force at start (stored, so it stays in force when the
 *                     setting is later removed); unset keeps the stored scheme, or
 *                     {@code GB/T 47678.5-2026} on a new installation
 * @param file         the category file imported at start for every declared scheme that has
 *                     no classes yet
 */
@ConfigurationProperties("gridloop.catalog")
record CatalogProperties(String activeScheme,
        @DefaultValue("classpath:catalog/categories.csv") Resource file) {

    static final String DEFAULT_SCHEME = "GB/T 47678.5-2026";
}
