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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the classes of the active scheme in memory. At start it imports the category file for
 * schemes not loaded yet, then puts in force the scheme named by
 * {@code gridloop.catalog.active-scheme}, else the stored one, else {@code GB/T 47678.5-2026}.
 * Every change of the classes or of the scheme raises a stored revision; the other nodes compare
 * it once a minute ({@code gridloop.catalog.refresh}) and reload.
 */
@Service
@EnableConfigurationProperties(CatalogProperties.class)
class CachedCategories implements Categories, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CachedCategories.class);

    private record ClassKey(CategoryKind kind, String code) {
    }

    private record Snapshot(String scheme, long revision, List<Category> classes, List<Category> reportable,
            Map<ClassKey, Category> byKey) {
    }

    /** The scheme in force and the revision of the classes, as stored. */
    private record Stored(String scheme, long revision) {
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
        Optional<Stored> stored = stored();
        String scheme = pinnedScheme().orElse(stored.map(Stored::scheme).orElse(CatalogProperties.DEFAULT_SCHEME));
        if (stored.isEmpty() || !stored.get().scheme().equals(scheme)) {
            activate(scheme);
        } else {
            snapshot = load(stored.get());
        }
        log.info("Category scheme in force: {} ({} classes)", scheme, snapshot.classes().size());
    }

    /** The scheme the setting {@code gridloop.catalog.active-scheme} puts in force at every start. */
    Optional<String> pinnedScheme() {
        return Optional.ofNullable(properties.activeScheme()).map(String::strip).filter(id -> !id.isEmpty());
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
                ON CONFLICT (singleton) DO UPDATE
                SET scheme_id = excluded.scheme_id, activated_at = now(), revision = catalog_active_scheme.revision + 1""")
                .param("id", scheme).update();
        reloadAfterCommit();
    }

    /**
     * Records a change of the classes made in the current transaction: raises the stored revision,
     * so that the other nodes reload, and reloads this node's classes.
     */
    void changed() {
        jdbc.sql("UPDATE catalog_active_scheme SET revision = revision + 1").update();
        reloadAfterCommit();
    }

    /** Reloads once the current transaction commits (at once outside a transaction). */
    private void reloadAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            snapshot = load(stored().orElseThrow());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                snapshot = load(stored().orElseThrow());
            }
        });
    }

    /** Reloads the classes when another node changed them or the scheme in force. */
    @Scheduled(initialDelayString = "${gridloop.catalog.refresh:PT1M}", fixedDelayString = "${gridloop.catalog.refresh:PT1M}")
    void followOtherNodes() {
        Snapshot current = snapshot;
        stored().filter(now -> !now.scheme().equals(current.scheme()) || now.revision() != current.revision())
                .ifPresent(now -> {
                    snapshot = load(now);
                    log.info("Category classes reloaded: {} revision {}", now.scheme(), now.revision());
                });
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
    public List<Category> reportable() {
        return snapshot.reportable();
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

    private Optional<Stored> stored() {
        return jdbc.sql("SELECT scheme_id, revision FROM catalog_active_scheme")
                .query((rs, n) -> new Stored(rs.getString("scheme_id"), rs.getLong("revision"))).optional();
    }

    private Snapshot load(Stored stored) {
        List<Category> classes = jdbc.sql("""
                SELECT scheme_id, kind, code, major_code, major_name, name, department_type, local,
                       deactivated_at IS NOT NULL AS deactivated
                FROM catalog_class WHERE scheme_id = :scheme ORDER BY kind, code""")
                .param("scheme", stored.scheme())
                .query((rs, n) -> new Category(rs.getString("scheme_id"), CategoryKind.valueOf(rs.getString("kind")),
                        rs.getString("code"), rs.getString("major_code"), rs.getString("major_name"),
                        rs.getString("name"), rs.getString("department_type"), rs.getBoolean("local"),
                        rs.getBoolean("deactivated")))
                .list();
        Map<ClassKey, Category> byKey = classes.stream()
                .collect(Collectors.toUnmodifiableMap(c -> new ClassKey(c.kind(), c.code()), Function.identity()));
        return new Snapshot(stored.scheme(), stored.revision(), List.copyOf(classes),
                classes.stream().filter(Category::reportable).toList(), byKey);
    }
}
