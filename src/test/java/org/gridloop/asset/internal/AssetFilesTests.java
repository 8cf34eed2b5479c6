package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gridloop.DomainException;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetFiles.Format;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AssetFilesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private final AssetFields lamp = new AssetFields("44030701037000001", "01037", "路灯, \"北\"", "lighting",
            "龙岗区城市照明管理中心", null, "44030700100101", AssetStatus.DAMAGED, 22.7, 114.1,
            LocalDate.of(2026, 5, 1), null, "survey", "第一行\n第二行");

    @Test
    void writesAndReadsBackCsvWithQuotesLineBreaksAndWkt() {
        StringBuilder csv = new StringBuilder(AssetFiles.csvHeader());
        AssetFiles.appendRow(csv, lamp);

        AssetFiles.Parsed parsed = AssetFiles.read(Format.CSV, csv.toString(), json);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.drafts()).containsExactly(AssetDraft.of(lamp));
    }

    @Test
    void writesAndReadsBackGeoJson() {
        StringBuilder geojson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        AssetFiles.appendFeature(geojson, lamp, json);
        geojson.append("]}");

        AssetFiles.Parsed parsed = AssetFiles.read(Format.GEOJSON, geojson.toString(), json);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.drafts()).containsExactly(AssetDraft.of(lamp));
    }

    @Test
    void reportsGeometriesThatAreNoPointsByFeature() {
        String csv = AssetFiles.csvHeader()
                + "44030701037000001,01037,路灯,,,,,INTACT,,,,,\"LINESTRING (114 22, 114.1 22.1)\"\n"
                + "44030701037000002,01037,路灯,,,,,INTACT,,,,,POINT (114 oops)\n";

        AssetFiles.Parsed parsed = AssetFiles.read(Format.CSV, csv, json);

        assertThat(parsed.problems()).extracting(AssetProblem::index, AssetProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "asset.position.not-point"),
                        org.assertj.core.groups.Tuple.tuple(1, "asset.position.wkt"));
    }

    @Test
    void refusesFilesThatAreNotCollectionsOrLackColumns() {
        assertThatThrownBy(() -> AssetFiles.read(Format.GEOJSON, "{\"type\":\"Feature\"}", json))
                .isInstanceOf(DomainException.class).hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> AssetFiles.read(Format.GEOJSON, "not json", json))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AssetFiles.read(Format.CSV, "identifier,status\n1,INTACT\n", json))
                .isInstanceOf(DomainException.class).hasMessageContaining("wkt");
        assertThatThrownBy(() -> AssetFiles.read(Format.CSV, "identifier,\"status,wkt\n", json))
                .isInstanceOf(DomainException.class);
    }
}
