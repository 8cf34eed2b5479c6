package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.grid.internal.AreaFile.AreaFeature;
import org.gridloop.grid.internal.GridFile.Format;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AreaExportTests {

    @Test
    void anExportReadsBackAsTheSameAreasMultiPolygonsIncluded() throws ParseException {
        WKTReader wkt = new WKTReader();
        List<Area> areas = List.of(
                new Area("440399", AreaLevel.DISTRICT, null, "示例区",
                        wkt.read("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0)))")),
                new Area("440399001", AreaLevel.SUBDISTRICT, "440399", "西岭\"街道\"",
                        wkt.read("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")));

        List<AreaFeature> read = AreaFile.read(Format.GEOJSON, AreaExport.geoJson(areas));

        assertThat(read).extracting(AreaFeature::level, AreaFeature::code, AreaFeature::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("district", "440399", "示例区"),
                org.assertj.core.groups.Tuple.tuple("subdistrict", "440399001", "西岭\"街道\""));
        assertThat(read.get(0).geometry().equalsExact(areas.get(0).outline())).isTrue();
        assertThat(new AreaImportCheck(null).check(read)).isEmpty();
    }
}
