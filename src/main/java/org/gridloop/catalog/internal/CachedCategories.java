package org.gridloop.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the classes of the active scheme in memory. At start it imports the category file for
 * schemes not loaded yet, then puts in force the scheme named by
 * {@code gridloop.catalog.active-scheme}, else the stored one, else {@code GB/T 47678.5-2026}.
 */
@Service
@EnableConfigurationProperties(CatalogProperties.class)
class CachedCategories implements Categories, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CachedCategories.class);

    private record ClassKey(CategoryKind kind, String code) {
    }

    private record Snapshot(String scheme, List<Category> classes, Map<ClassKey, Category> byKey) {
    }

    private final JdbcClient jdbc;
    private final CategoryImport categoryImport;
    private final CatalogProperties properties;
    private volatile Snapshot snapshot;

    CachedCategories(JdbcClient jdbc, CategoryImport categoryImport, CatalogProperties properties) {
        this.jdbc = jdbc;
        this.categoryImport = categoryImport;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        categoryImport.importNewSchemes(properties.file());
        Optional<String> stored = storedScheme();
        String scheme = properties.activeScheme() != null && !properties.activeScheme().isBlank()
                ? properties.activeScheme().trim()
                : stored.orElse(CatalogProperties.DEFAULT_SCHEME);
        if (stored.isEmpty() || !stored.get().equals(scheme)) {
            activate(scheme);
        } else {
            snapshot = load(scheme);
        }
        log.info("Category scheme in force: {} ({} classes)", scheme, snapshot.classes().size());
    }

    /** Puts a declared scheme in force on this platform, for every later start too. */
    @Transactional
    public void activate(String scheme) {
        boolean declared = jdbc.sql("SELECT count(*) FROM catalog_scheme WHERE id = :id")
                .param("id", scheme).query(Integer.class).single() > 0;
        if (!declared) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "catalog.scheme.unknown",
                    "Unknown category scheme: " + scheme, scheme);
        }
        jdbc.sql("""
                INSERT INTO catalog_active_scheme (singleton, scheme_id, activated_at) VALUES (TRUE, :id, now())
                ON CONFLICT (singleton) DO UPDATE SET scheme_id = excluded.scheme_id, activated_at = now()""")
                .param("id", scheme).update();
        snapshot = load(scheme);
    }

    @Override
    public String activeScheme() {
        return snapshot.scheme();
    }

    @Override
    public List<Category> active() {
        return snapshot.classes();
    }

    @Override
    public Optional<Category> find(CategoryKind kind, String code) {
        return Optional.ofNullable(snapshot.byKey().get(new ClassKey(kind, code)));
    }

    @Override
    public String handlingTimeLimitExamples(CategoryKind kind, String code) {
        return jdbc.sql("""
                SELECT handling_time_limit_examples FROM catalog_class
                WHERE scheme_id = :scheme AND kind = :kind AND code = :code""")
                .param("scheme", snapshot.scheme()).param("kind", kind.name()).param("code", code)
                .query(String.class).optional().orElse("");
    }

    private Optional<String> storedScheme() {
        return jdbc.sql("SELECT scheme_id FROM catalog_active_scheme").query(String.class).optional();
    }

    private Snapshot load(String scheme) {
        List<Category> classes = jdbc.sql("""
                SELECT scheme_id, kind, code, major_code, major_name, name, department_type
                FROM catalog_class WHERE scheme_id = :scheme ORDER BY kind, code""")
                .param("scheme", scheme)
                .query((rs, n) -> new Category(rs.getString("scheme_id"), CategoryKind.valueOf(rs.getString("kind")),
                        rs.getString("code"), rs.getString("major_code"), rs.getString("major_name"),
                        rs.getString("name"), rs.getString("department_type")))
                .list();
        Map<ClassKey, Category> byKey = classes.stream()
                .collect(Collectors.toUnmodifiableMap(c -> new ClassKey(c.kind(), c.code()), Function.identity()));
        return new Snapshot(scheme, List.copyOf(classes), byKey);
    }
}
