package org.gridloop.catalog.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a category file into {@code catalog_class}. The file is validated whole before
 * anything is written; only schemes that have no classes yet are imported, so a scheme once
 * loaded is never changed under the cases registered with it.
 */
@Component
class CategoryImport {

    private static final Logger log = LoggerFactory.getLogger(CategoryImport.class);

    private final JdbcClient jdbc;

    CategoryImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schemes declared in {@code catalog_scheme}. */
    List<CodingScheme> schemes() {
        return jdbc.sql("SELECT id, source_label, major_digits, minor_digits FROM catalog_scheme ORDER BY id")
                .query(CodingScheme.class).list();
    }

    /**
     * @return the number of classes imported per scheme; schemes that already had classes are absent
     */
    @Transactional
    public Map<String, Integer> importNewSchemes(Resource file) {
        List<CategoryRow> rows;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            rows = new CategoryFile(schemes()).read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the category file " + file, e);
        }
        Set<String> loaded = new HashSet<>(jdbc.sql("SELECT DISTINCT scheme_id FROM catalog_class")
                .query(String.class).list());
        Map<String, Integer> imported = new TreeMap<>();
        for (CategoryRow row : rows) {
            if (!loaded.contains(row.schemeId())) {
                insert(row);
                imported.merge(row.schemeId(), 1, Integer::sum);
            }
        }
        imported.forEach((scheme, count) -> log.info("Imported {} classes of {} from {}", count, scheme, file));
        return imported;
    }

    private void insert(CategoryRow row) {
        jdbc.sql("""
                INSERT INTO catalog_class (scheme_id, kind, code, major_code, major_name, name,
                    handling_time_limit_examples, department_type, department_basis, source_ref, confidence, notes)
                VALUES (:scheme, :kind, :code, :majorCode, :majorName, :name,
                    :limits, :departmentType, :departmentBasis, :sourceRef, :confidence, :notes)""")
                .param("scheme", row.schemeId())
                .param("kind", row.kind().name())
                .param("code", row.code())
                .param("majorCode", row.majorCode())
                .param("majorName", row.majorName())
                .param("name", row.name())
                .param("limits", row.handlingTimeLimitExamples())
                .param("departmentType", row.departmentType())
                .param("departmentBasis", row.departmentBasis())
                .param("sourceRef", row.sourceRef())
                .param("confidence", row.confidence())
                .param("notes", row.notes())
                .update();
    }
}
