package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ConvexClipTests {

    private final WKTReader wkt = new WKTReader();

    @Test
    void keepsThePartOfTheSubjectInsideTheClipPolygon() throws ParseException {
        Polygon clipped = new ConvexClip(polygon("POLYGON ((0 0, 0 4, 4 4, 4 0, 0 0))"))
                .clip(polygon("POLYGON ((2 2, 6 2, 6 6, 2 6, 2 2))"));

        assertThat(clipped.equalsTopo(polygon("POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))"))).isTrue();
    }

    @Test
    void returnsTheSubjectWhenItLiesInsideAndNothingWhenItLiesOutside() throws ParseException {
        ConvexClip clip = new ConvexClip(polygon("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));

        assertThat(clip.clip(polygon("POLYGON ((1 1, 2 1, 2 2, 1 1))")).equalsTopo(polygon("POLYGON ((1 1, 2 1, 2 2, 1 1))")))
                .isTrue();
        assertThat(clip.clip(polygon("POLYGON ((11 11, 12 11, 12 12, 11 11))"))).isNull();
    }

    @Test
    void tellsConvexFromConcavePolygons() throws ParseException {
        assertThat(ConvexClip.isConvex(polygon("POLYGON ((0 0, 4 0, 4 4, 2 4, 0 4, 0 0))"))).isTrue();
        assertThat(ConvexClip.isConvex(polygon("POLYGON ((0 0, 4 0, 4 4, 2 1, 0 4, 0 0))"))).isFalse();
        assertThat(ConvexClip.isConvex(polygon("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 2 1, 2 2, 1 1))"))).isFalse();
    }

    private Polygon polygon(String text) throws ParseException {
        return (Polygon) wkt.read(text);
    }
}
