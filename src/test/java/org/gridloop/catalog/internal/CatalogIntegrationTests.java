package org.gridloop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class CatalogIntegrationTests {

    private static final String GB = "GB/T 47678.5-2026";
    private static final String CJ = "CJ/T 214-2007";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CachedCategories categories;

    @Autowired
    CategoryImport categoryImport;

    @AfterEach
    void restoreDefaultScheme() {
        categories.activate(GB);
    }

    @Test
    void importsBothSchemesAtFirstStart() {
        Map<String, Integer> counts = jdbc.sql("SELECT scheme_id || ' ' || kind AS k, count(*) AS n FROM catalog_class GROUP BY k")
                .query(rs -> {
                    Map<String, Integer> result = new HashMap<>();
                    while (rs.next()) {
                        result.put(rs.getString("k"), rs.getInt("n"));
                    }
                    return result;
                });

        assertThat(counts).containsOnly(Map.entry(GB + " ASSET", 153), Map.entry(GB + " INCIDENT", 250),
                Map.entry(CJ + " ASSET", 83), Map.entry(CJ + " INCIDENT", 54));
    }

    @Test
    void keepsTheHandlingTimeLimitExamples() {
        String examples = jdbc.sql("""
                SELECT handling_time_limit_examples FROM catalog_class
                WHERE scheme_id = :scheme AND kind = 'INCIDENT' AND code = '06011'""")
                .param("scheme", GB).query(String.class).single();

        assertThat(examples).isEqualTo("济源:4工作日; 某市:建筑垃圾4工作时,渣土堆2工作日; 重庆高新区(主要街道):6小时");
    }

    @Test
    void importsNothingAgainOnALaterStart() {
        assertThat(categoryImport.importNewSchemes(new ClassPathResource("catalog/categories.csv"))).isEmpty();
    }

    @Test
    void putsGbT47678InForceByDefault() {
        assertThat(categories.activeScheme()).isEqualTo(GB);
        assertThat(categories.active()).hasSize(403).allSatisfy(c -> assertThat(c.scheme()).isEqualTo(GB));
        assertThat(jdbc.sql("SELECT scheme_id FROM catalog_active_scheme").query(String.class).single()).isEqualTo(GB);
    }

    @Test
    void findsAClassOfTheActiveSchemeByKindAndCode() {
        assertThat(categories.find(CategoryKind.ASSET, "01001")).contains(new Category(GB, CategoryKind.ASSET,
                "01001", "01", "市政公用设施", "供水井盖", "供水企业/水务部门", false, false));
        assertThat(categories.find(CategoryKind.INCIDENT, "01001")).get().extracting(Category::name)
                .isEqualTo("供水井盖异常");
        assertThat(categories.find(CategoryKind.ASSET, "0101")).isEmpty();
    }

    @Test
    void switchesTheActiveSchemeAndKeepsItAcrossARestart() {
        categories.activate(CJ);

        assertThat(categories.activeScheme()).isEqualTo(CJ);
        assertThat(categories.active()).hasSize(137);
        assertThat(categories.find(CategoryKind.ASSET, "0101")).get().extracting(Category::name).isEqualTo("上水井盖");
        assertThat(categories.find(CategoryKind.ASSET, "01001")).isEmpty();

        CachedCategories restarted = start(null);
        assertThat(restarted.activeScheme()).isEqualTo(CJ);
    }

    @Test
    void putsTheSchemeNamedByTheSettingInForceAtStart() {
        CachedCategories started = start(CJ);

        assertThat(started.activeScheme()).isEqualTo(CJ);
        assertThat(jdbc.sql("SELECT scheme_id FROM catalog_active_scheme").query(String.class).single()).isEqualTo(CJ);
    }

    @Test
    void refusesToActivateAnUndeclaredScheme() {
        assertThatThrownBy(() -> categories.activate("DB11/T 1234"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(categories.activeScheme()).isEqualTo(GB);
    }

    @Test
    @Transactional
    void refusesAMalformedFileWholeNamingTheLine() {
        jdbc.sql("INSERT INTO catalog_scheme (id, source_label, major_digits, minor_digits) VALUES ('T-1', 'Test 1', 2, 2)")
                .update();
        String file = """
                kind,major_code,major_name,sub_code,sub_name,disposal_time_limit_examples,responsible_dept_type,dept_basis,scheme,code_full,source_ref,confidence,notes
                component,01,公用设施,01,上水井盖,,供水企业,inferred,Test 1,0101,SRC,high,
                component,01,公用设施,02,污水井盖,,排水单位,inferred,Test 1,0102,SRC,high,
                component,01,公用设施,3,雨水井盖,,排水单位,inferred,Test 1,013,SRC,high,
                """;

        assertThatThrownBy(() -> categoryImport.importNewSchemes(new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CategoryFileException.class)
                .hasMessageStartingWith("Category file, line 4: ");
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_class WHERE scheme_id = 'T-1'").query(Integer.class).single())
                .isZero();
    }

    private CachedCategories start(String activeScheme) {
        CachedCategories started = new CachedCategories(jdbc, categoryImport,
                new CatalogProperties(activeScheme, new ClassPathResource("catalog/categories.csv")));
        started.afterPropertiesSet();
        return started;
    }
}
