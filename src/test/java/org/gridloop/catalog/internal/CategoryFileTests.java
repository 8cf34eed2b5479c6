package org.gridloop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.catalog.CategoryKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CategoryFileTests {

    private static final String HEADER = "kind,major_code,major_name,sub_code,sub_name,disposal_time_limit_examples,"
            + "responsible_dept_type,dept_basis,scheme,code_full,source_ref,confidence,notes\n";
    private static final String GOOD_GB = "component,01,市政公用设施,001,供水井盖,\"济源:4工作日, 广州:6小时\",供水企业,inferred,GB/T 47678.5-2026,01001,SRC,medium,\n";
    private static final String GOOD_CJ = "event,01,市容环境,03,积存垃圾渣土,,环卫部门,inferred,CJ/T 214-2007 (as deployed),0103,SRC,medium,\n";

    private final CategoryFile file = new CategoryFile(List.of(
            new CodingScheme("GB/T 47678.5-2026", "GB/T 47678.5-2026", 2, 3),
            new CodingScheme("CJ/T 214-2007", "CJ/T 214-2007 (as deployed)", 2, 2)));

    @Test
    void readsTheBundledDictionaryWithItsClassesPerSchemeAndKind() throws IOException {
        List<CategoryRow> rows;
        try (Reader reader = new InputStreamReader(new ClassPathResource("catalog/categories.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            rows = file.read(reader);
        }

        Map<String, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(row -> row.schemeId() + " " + row.kind(), Collectors.counting()));
        assertThat(counts).containsOnly(
                Map.entry("GB/T 47678.5-2026 ASSET", 153L), Map.entry("GB/T 47678.5-2026 INCIDENT", 250L),
                Map.entry("CJ/T 214-2007 ASSET", 83L), Map.entry("CJ/T 214-2007 INCIDENT", 54L));
    }

    @Test
    void mapsColumnsAndKeepsQuotedTimeLimitExamplesWhole() {
        CategoryRow row = file.read(new StringReader(HEADER + GOOD_GB + GOOD_CJ)).get(0);

        assertThat(row).isEqualTo(new CategoryRow(2, "GB/T 47678.5-2026", CategoryKind.ASSET, "01001", "01",
                "市政公用设施", "供水井盖", "济源:4工作日, 广州:6小时", "供水企业", "inferred", "SRC", "medium", ""));
    }

    @Test
    void refusesAGbCodeWithFourDigitsNamingTheLine() {
        String bad = GOOD_GB.replace("001,供水井盖", "01,供水井盖").replace(",01001,", ",0101,");

        assertRefused(HEADER + GOOD_CJ + bad, 3, "catalog.import.code-malformed");
    }

    @Test
    void refusesACjCodeWithFiveDigits() {
        assertRefused(HEADER + GOOD_CJ.replace(",0103,", ",01003,"), 2, "catalog.import.code-malformed");
    }

    @Test
    void refusesAFullCodeWhoseMajorPartDiffersFromTheMajorCode() {
        assertRefused(HEADER + GOOD_GB.replace(",01001,", ",02001,"), 2, "catalog.import.code-mismatch");
    }

    @Test
    void refusesAnUndeclaredScheme() {
        assertRefused(HEADER + GOOD_GB + GOOD_CJ.replace("CJ/T 214-2007 (as deployed)", "DB11/T 1234"), 3,
                "catalog.import.scheme-unknown");
    }

    @Test
    void refusesAnUnknownKind() {
        assertRefused(HEADER + GOOD_GB.replace("component,", "part,"), 2, "catalog.import.kind-unknown");
    }

    @Test
    void refusesALineWithAMissingField() {
        assertRefused(HEADER + GOOD_GB + "component,01,市政公用设施,002,污水井盖\n", 3, "catalog.import.field-count");
    }

    @Test
    void refusesAClassDefinedTwice() {
        assertRefused(HEADER + GOOD_GB + GOOD_CJ + GOOD_GB, 4, "catalog.import.duplicate");
    }

    @Test
    void refusesAHeaderWithoutTheSchemeColumn() {
        assertRefused(HEADER.replace("scheme,", "standard,") + GOOD_GB, 1, "catalog.import.column-missing");
    }

    private void assertRefused(String content, int line, String messageCode) {
        assertThatThrownBy(() -> file.read(new StringReader(content)))
                .isInstanceOfSatisfying(CategoryFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo(messageCode);
                    assertThat(e.arguments()[0]).isEqualTo(String.valueOf(line));
                    assertThat(e.getMessage()).startsWith("Category file, line " + line + ": ");
                });
    }
}
