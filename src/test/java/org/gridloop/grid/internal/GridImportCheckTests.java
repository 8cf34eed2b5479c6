package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.grid.internal.BadFeature.Reason;
import org.gridloop.grid.internal.GridFile.Format;
import org.gridloop.grid.internal.GridLayer.CommunityArea;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;

class GridImportCheckTests {

    private static final GridLayer DISTRICT = DemoDistrictFixtures.demoDistrict();
    private static final Map<String, Polygon> COMMUNITIES = DISTRICT.communities().stream()
            .collect(Collectors.toMap(CommunityArea::code, CommunityArea::outline));
    private static final List<UnitGridArea> FIRST_COMMUNITY = DISTRICT.grids().stream()
            .filter(grid -> grid.communityCode().equals("440307001001")).toList();
    private static final UnitGridArea FAR_AWAY = DISTRICT.grids().get(DISTRICT.grids().size() - 1);

    private final GridImportCheck check = new GridImportCheck(COMMUNITIES);

    @Test
    void acceptsTheDemoDistrictAsExportedInBothFormats() {
        List<String> geoJson = new ArrayList<>();
        StringBuilder csv = new StringBuilder("code,community_code,name,wkt\n");
        for (UnitGridArea grid : DISTRICT.grids()) {
            geoJson.add(feature(grid.code(), grid.communityCode(), GeoJsonPolygons.toGeoJson(grid.outline())));
            csv.append(grid.code()).append(',').append(grid.communityCode()).append(",,\"")
                    .append(new WKTWriter().write(grid.outline())).append("\"\n");
        }

        assertThat(check.check(GridFile.read(Format.GEOJSON, collection(geoJson)))).isEmpty();
        assertThat(check.check(GridFile.read(Format.CSV, csv.toString()))).isEmpty();
    }

    @Test
    void reportsEveryBadFeatureWithItsPositionCodeAndReason() {
        List<String> features = List.of(
                feature("44030700100101", "440307001001", outline(0)),
                feature("04030700100102", "440307001001", outline(1)),
                feature("44030700100103", "440307001001", outline(2)),
                feature("44030700100103", "440307001001", outline(3)),
                feature("44030700100105", "440307001002", outline(4)),
                feature("44030709909901", null, outline(5)),
                feature("44030700100107", "440307001001", "{\"type\":\"Point\",\"coordinates\":[114.1,22.7]}"),
                feature("44030700100108", "440307001001",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[114.1,22.7],[114.11,22.71],[114.11,22.7],[114.1,22.71],[114.1,22.7]]]}"),
                feature("44030700100109", "440307001001", outline(0)),
                feature("44030700100110", "440307001001", GeoJsonPolygons.toGeoJson(FAR_AWAY.outline())),
                feature("44030700100111", "440307001001", "{\"type\":\"Polygon\",\"coordinates\":[[[114.1,22.7],[114.11,22.7]]]}"),
                feature(null, "440307001001", outline(6)));

        List<BadFeature> bad = check.check(GridFile.read(Format.GEOJSON, collection(features)));

        assertThat(bad).extracting(BadFeature::index, BadFeature::code, BadFeature::reason).containsExactly(
                tuple(1, "44030700100101", Reason.OVERLAP),
                tuple(2, "04030700100102", Reason.MALFORMED_CODE),
                tuple(3, "44030700100103", Reason.DUPLICATE_CODE),
                tuple(4, "44030700100103", Reason.DUPLICATE_CODE),
                tuple(5, "44030700100105", Reason.COMMUNITY_MISMATCH),
                tuple(6, "44030709909901", Reason.UNKNOWN_COMMUNITY),
                tuple(7, "44030700100107", Reason.NOT_A_POLYGON),
                tuple(8, "44030700100108", Reason.INVALID_POLYGON),
                tuple(9, "44030700100109", Reason.OVERLAP),
                tuple(10, "44030700100110", Reason.OUTSIDE_COMMUNITY),
                tuple(11, "44030700100111", Reason.INVALID_POLYGON),
                tuple(12, null, Reason.MALFORMED_CODE));
        assertThat(bad.get(1).detail()).isEqualTo("ADMIN_CODE");
        assertThat(bad.get(2).detail()).isEqualTo("4");
        assertThat(bad.get(0).detail()).startsWith("44030700100109 / #9, ");
        assertThat(bad.get(6).detail()).isEqualTo("Point");
        assertThat(bad.get(7).detail()).contains("Self-intersection");
    }

    @Test
    void toleratesSliversOfRoundingButNotRealOverlaps() {
        Polygon grid = FIRST_COMMUNITY.get(0).outline();
        Polygon shifted = (Polygon) grid.copy();
        shifted.apply(new org.locationtech.jts.geom.util.AffineTransformation().translate(0.0000001, 0));
        Polygon moved = (Polygon) grid.copy();
        moved.apply(new org.locationtech.jts.geom.util.AffineTransformation().translate(0.002, 0));
        String neighbour = GeoJsonPolygons.toGeoJson(FIRST_COMMUNITY.get(1).outline());

        assertThat(check.check(GridFile.read(Format.GEOJSON, collection(List.of(
                feature("44030700100101", null, GeoJsonPolygons.toGeoJson(grid)),
                feature("44030700100102", null, neighbour)))))).isEmpty();
        assertThat(GridImportCheck.squareMetres(grid)).isGreaterThan(10_000);
        assertThat(check.check(GridFile.read(Format.GEOJSON, collection(List.of(
                feature("44030700100101", null, GeoJsonPolygons.toGeoJson(moved)),
                feature("44030700100102", null, GeoJsonPolygons.toGeoJson(shifted)))))))
                .extracting(BadFeature::reason).containsOnly(Reason.OVERLAP).hasSize(2);
    }

    @Test
    void readsCsvWithQuotedWktAndReportsItsBadRows() {
        String csv = """
                code,community_code,name,wkt
                44030700100101,440307001001,东区一号,"%s"
                44030700100102,440307001001,,"POINT (114.1 22.7)"
                44030700100103,440307001001,,"POLYGON ((114.1 22.7, 114.2"
                44030700100104,440307001001,,
                """.formatted(new WKTWriter().write(FIRST_COMMUNITY.get(0).outline()));

        List<GridFile.Feature> features = GridFile.read(Format.CSV, csv);
        List<BadFeature> bad = check.check(features);

        assertThat(features.get(0).name()).isEqualTo("东区一号");
        assertThat(bad).extracting(BadFeature::index, BadFeature::reason).containsExactly(
                tuple(2, Reason.NOT_A_POLYGON), tuple(3, Reason.INVALID_POLYGON), tuple(4, Reason.NOT_A_POLYGON));
    }

    @Test
    void refusesFilesThatAreNotGridFilesAtAll() {
        assertThatThrownBy(() -> GridFile.read(Format.GEOJSON, "{not json")).isInstanceOf(DomainException.class)
                .extracting(refusal -> ((DomainException) refusal).messageCode()).isEqualTo("grid.import.not-json");
        assertThatThrownBy(() -> GridFile.read(Format.GEOJSON, "{\"type\":\"Feature\"}"))
                .extracting(refusal -> ((DomainException) refusal).messageCode())
                .isEqualTo("grid.import.not-feature-collection");
        assertThatThrownBy(() -> GridFile.read(Format.GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .extracting(refusal -> ((DomainException) refusal).messageCode()).isEqualTo("grid.import.empty");
        assertThatThrownBy(() -> GridFile.read(Format.CSV, "id,geometry\n1,POINT (1 2)\n"))
                .extracting(refusal -> ((DomainException) refusal).messageCode()).isEqualTo("grid.import.csv-header");
        assertThat(Format.of(null, "  {\"type\"")).isEqualTo(Format.GEOJSON);
        assertThat(Format.of("", "code,wkt")).isEqualTo(Format.CSV);
        assertThat(Format.of("GeoJSON", "")).isEqualTo(Format.GEOJSON);
        assertThatThrownBy(() -> Format.of("shp", "")).isInstanceOf(DomainException.class);
    }

    private static String outline(int grid) {
        return GeoJsonPolygons.toGeoJson(FIRST_COMMUNITY.get(grid).outline());
    }

    static String feature(String code, String community, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":" + quoted(code) + ",\"communityCode\":"
                + quoted(community) + ",\"name\":null},\"geometry\":" + geometry + "}";
    }

    static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
