package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.gridloop.grid.internal.GridFile.Format;
import org.junit.jupiter.api.Test;

class AreaImportCheckTests {

    private static final String DISTRICT = "district,440399,示例区,\"POLYGON((113.9 22.5, 113.94 22.5, 113.94 22.52, 113.9 22.52, 113.9 22.5))\"\n";
    private static final String WEST = "subdistrict,440399001,西岭街道,\"POLYGON((113.9 22.5, 113.92 22.5, 113.92 22.52, 113.9 22.52, 113.9 22.5))\"\n";
    private static final String EAST = "subdistrict,440399002,东湖街道,\"POLYGON((113.92 22.5, 113.94 22.5, 113.94 22.52, 113.92 22.52, 113.92 22.5))\"\n";
    private static final String WEST_SOUTH = "community,440399001001,西岭南社区,\"POLYGON((113.9 22.5, 113.92 22.5, 113.92 22.51, 113.9 22.51, 113.9 22.5))\"\n";

    private static List<BadFeature> check(String rows) {
        return check(null, rows);
    }

    private static List<BadFeature> check(String platformDistrict, String rows) {
        return new AreaImportCheck(platformDistrict).check(AreaFile.read(Format.CSV, "level,code,name,wkt\n" + rows));
    }

    private static List<Reason> reasons(List<BadFeature> bad) {
        return bad.stream().map(BadFeature::reason).toList();
    }

    @Test
    void acceptsTheSampleDistrictInGeoJsonAndCsv() throws IOException {
        for (String sample : List.of("areas.geojson", "areas.csv")) {
            String content = Files.readString(Path.of("docs/samples", sample), StandardCharsets.UTF_8);
            List<AreaFile.AreaFeature> features = AreaFile.read(Format.of(null, content), content);

            assertThat(features).hasSize(7);
            assertThat(new AreaImportCheck(null).check(features)).as(sample).isEmpty();
        }
    }

    @Test
    void acceptsAWholeDistrict() {
        assertThat(check(DISTRICT + WEST + EAST + WEST_SOUTH)).isEmpty();
    }

    @Test
    void refusesCodesNotOfTheirLevelsForm() {
        List<BadFeature> bad = check("district,044039,甲区,\"POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))\"\n"
                + "subdistrict,44039900,乙街道,\"POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))\"\n"
                + "community,440399001000,丙社区,\"POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))\"\n");

        assertThat(bad).extracting(BadFeature::reason).containsOnly(Reason.MALFORMED_CODE);
        assertThat(bad).extracting(BadFeature::detail)
                .containsExactly("AREA_DISTRICT", "AREA_SUBDISTRICT", "AREA_COMMUNITY");
    }

    @Test
    void refusesAnUnknownLevel() {
        List<BadFeature> bad = check(DISTRICT + "street,440399001,西岭街道,\"POLYGON((113.9 22.5, 113.92 22.5, 113.92 22.52, 113.9 22.52, 113.9 22.5))\"\n");

        assertThat(bad).singleElement().satisfies(feature -> {
            assertThat(feature.index()).isEqualTo(2);
            assertThat(feature.reason()).isEqualTo(Reason.UNKNOWN_LEVEL);
            assertThat(feature.detail()).isEqualTo("street");
        });
    }

    @Test
    void refusesAnAreaWhoseParentIsNotInTheFile() {
        List<BadFeature> bad = check(DISTRICT + WEST_SOUTH.replace("440399001001", "440399003001"));

        assertThat(bad).singleElement().satisfies(feature -> {
            assertThat(feature.reason()).isEqualTo(Reason.UNKNOWN_PARENT);
            assertThat(feature.detail()).isEqualTo("440399003");
        });
    }

    @Test
    void refusesADuplicateCodeAtEachOfItsPositions() {
        List<BadFeature> bad = check(DISTRICT + WEST + WEST.replace("西岭街道", "另一街道"));

        assertThat(bad).filteredOn(feature -> feature.reason() == Reason.DUPLICATE_CODE)
                .extracting(BadFeature::index).containsExactly(2, 3);
    }

    @Test
    void refusesADuplicateNameAmongSiblings() {
        List<BadFeature> bad = check(DISTRICT + WEST + EAST.replace("东湖街道", "西岭街道"));

        assertThat(bad).extracting(BadFeature::reason).containsOnly(Reason.DUPLICATE_NAME);
        assertThat(bad).extracting(BadFeature::index).containsExactly(2, 3);
    }

    @Test
    void refusesAMissingName() {
        assertThat(reasons(check(DISTRICT.replace("示例区", "")))).containsExactly(Reason.MISSING_NAME);
    }

    @Test
    void refusesMissingNonPolygonAndInvalidGeometries() {
        List<BadFeature> bad = check(DISTRICT
                + "subdistrict,440399001,西岭街道,\n"
                + "subdistrict,440399002,东湖街道,\"LINESTRING(113.92 22.5, 113.94 22.5)\"\n"
                + "subdistrict,440399003,南山街道,\"POLYGON((113.9 22.5, 113.94 22.52, 113.94 22.5, 113.9 22.52, 113.9 22.5))\"\n"
                + "subdistrict,440399004,北山街道,\"POLYGON((113.9 22.5, 113.92 22.5\"\n");

        assertThat(bad).extracting(BadFeature::index, BadFeature::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Reason.NOT_A_POLYGON),
                org.assertj.core.groups.Tuple.tuple(3, Reason.NOT_A_POLYGON),
                org.assertj.core.groups.Tuple.tuple(4, Reason.INVALID_POLYGON),
                org.assertj.core.groups.Tuple.tuple(5, Reason.INVALID_POLYGON));
        assertThat(bad.get(1).detail()).isEqualTo("LineString");
    }

    @Test
    void refusesACommunityOutsideItsSubdistrictBeyondTheTolerance() {
        String overhanging = "community,440399001001,西岭南社区,\"POLYGON((113.9 22.5, 113.925 22.5, 113.925 22.51, 113.9 22.51, 113.9 22.5))\"\n";

        List<BadFeature> bad = check(DISTRICT + WEST + EAST + overhanging);

        assertThat(bad).singleElement().satisfies(feature -> {
            assertThat(feature.reason()).isEqualTo(Reason.OUTSIDE_PARENT);
            assertThat(feature.detail()).endsWith("m²");
        });
    }

    @Test
    void toleratesACommunityReachingOutsideByLessThanTheTolerance() {
        String grazing = "community,440399001001,西岭南社区,\"POLYGON((113.9 22.5, 113.9200001 22.5, 113.9200001 22.51, 113.9 22.51, 113.9 22.5))\"\n";

        assertThat(check(DISTRICT + WEST + grazing)).isEmpty();
    }

    @Test
    void refusesSiblingsOverlappingBeyondTheTolerance() {
        String wideWest = WEST.replace("113.92", "113.93");

        List<BadFeature> bad = check(DISTRICT + wideWest + EAST);

        assertThat(bad).extracting(BadFeature::reason).containsOnly(Reason.OVERLAP);
        assertThat(bad).extracting(BadFeature::index).containsExactly(2, 3);
    }

    @Test
    void refusesASecondDistrictAndAnotherDistrictThanThePlatforms() {
        assertThat(reasons(check(DISTRICT + DISTRICT.replace("440399", "440398").replace("示例区", "乙区"))))
                .containsExactly(Reason.OTHER_DISTRICT);
        assertThat(check("440307", DISTRICT)).singleElement()
                .satisfies(feature -> assertThat(feature.detail()).isEqualTo("440307"));
    }

    @Test
    void listsEveryBadFeatureOfAFileAtOnce() {
        List<BadFeature> bad = check(DISTRICT + WEST.replace("西岭街道", "") + "town,440399002,东湖街道,\n"
                + WEST_SOUTH.replace("440399001001", "440399009001"));

        assertThat(bad).extracting(BadFeature::index).containsExactly(2, 3, 3, 4);
    }

    @Test
    void refusesAFileThatIsNotAnAreaFile() {
        assertThatThrownBy(() -> AreaFile.read(Format.CSV, "code,name\n1,a\n")).isInstanceOf(DomainException.class)
                .hasMessageContaining("level, code, name, wkt");
        assertThatThrownBy(() -> AreaFile.read(Format.GEOJSON, "{\"type\":\"Feature\"}"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AreaFile.read(Format.GEOJSON, "{not json")).isInstanceOf(DomainException.class);
    }

    @Test
    void readsMultiPolygons() {
        String content = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"level":"district","code":"440399","name":"示例区"},
                 "geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],
                   [[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}}]}""";

        List<AreaFile.AreaFeature> features = AreaFile.read(Format.GEOJSON, content);

        assertThat(features.get(0).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(new AreaImportCheck(null).check(features)).isEmpty();
    }
}
