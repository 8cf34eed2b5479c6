package org.gridloop.geocoding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.geocoding.internal.AddressIndex.Hit;
import org.junit.jupiter.api.Test;

class AddressIndexTests {

    private static final String GRID = "44030700100101";

    private final AddressIndex index = AddressIndex.of(List.of(
            road(1, "平湖", "平湖大街", "平湖"),
            doorplate(2, "平湖", "平湖大街", "平湖", 86),
            doorplate(3, "平湖", "平湖大街", "平湖", 88),
            doorplate(4, "平湖", "平湖大街", "平湖", 90),
            doorplate(5, "布吉", "吉祥路", "吉祥", 88),
            doorplate(6, "布吉", "吉祥路", "吉祥", 1),
            poi(7, "布吉", "吉祥路", "吉祥", "吉祥小学"),
            poi(8, "平湖", null, null, "平湖人民医院"),
            poi(9, "平湖", null, null, "新岭社区工作站")));

    @Test
    void findsTheDoorplateOfTheRoadAndNumberFirst() {
        assertThat(first("平湖街道平湖大街88号")).isEqualTo(3);
        assertThat(first("吉祥路88号")).isEqualTo(5);
    }

    @Test
    void findsTheDoorplateWhenTheRoadsKindIsLeftOutOrConfused() {
        assertThat(first("平湖88号")).isEqualTo(3);
        assertThat(first("平湖路88号")).isEqualTo(3);
        assertThat(first("吉祥街88号")).isEqualTo(5);
        assertThat(first("吉祥大道1")).isEqualTo(6);
    }

    @Test
    void findsTheRoadItselfWithoutANumber() {
        assertThat(first("平湖大街")).isEqualTo(1);
    }

    @Test
    void findsPointsOfInterestByName() {
        assertThat(first("吉祥小学")).isEqualTo(7);
        assertThat(first("平湖街道平湖人民医院")).isEqualTo(8);
        assertThat(first("新嶺社區工作站")).isEqualTo(9);
    }

    @Test
    void ranksBestFirstAndStopsAtTheLimit() {
        List<Hit> hits = index.search("平湖大街88号", 3);
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(1).score()).isGreaterThanOrEqualTo(hits.get(2).score());
    }

    @Test
    void findsNothingForTextThatMatchesNoEntry() {
        assertThat(index.search("，。", 5)).isEmpty();
        assertThat(index.search("xyz", 5)).isEmpty();
    }

    private long first(String query) {
        return index.search(query, 5).get(0).entry().id();
    }

    static GazetteerEntry road(long id, String subdistrict, String road, String stem) {
        return new GazetteerEntry(id, EntryKind.ROAD, subdistrict, road, stem, null, null, 22.7, 114.2, GRID);
    }

    static GazetteerEntry doorplate(long id, String subdistrict, String road, String stem, int number) {
        return new GazetteerEntry(id, EntryKind.DOORPLATE, subdistrict, road, stem, number, null, 22.7, 114.2, GRID);
    }

    static GazetteerEntry poi(long id, String subdistrict, String road, String stem, String name) {
        return new GazetteerEntry(id, EntryKind.POI, subdistrict, road, stem, null, name, 22.7, 114.2, GRID);
    }
}
