/**
 * The category dictionary (部件 asset classes, 事件 incident types) as versioned schemes, one
 * active per platform.
 *
 * <p>Schemes are declared in {@code catalog_scheme} with their code structure and identified by
 * a short id: {@code GB/T 47678.5-2026} (5-digit codes, 2 major + 3 minor, the default) and
 * {@code CJ/T 214-2007} (4-digit codes, 2 + 2; the file calls it {@code CJ/T 214-2007 (as
 * deployed)}). Their classes are imported from {@code catalog/categories.csv} at the first start
 * of every installation; a file with a row of an undeclared scheme is refused whole. The
 * setting {@code gridloop.catalog.active-scheme} selects the scheme in force, which is stored
 * and stays in force across restarts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.gridloop.catalog;
