package org.gridloop.geocoding.internal;

/**
 * One entry of the gazetteer (地名地址库) with its WGS-84 position and unit grid.
 *
 * @param subdistrict the subdistrict's name without 街道, such as 平湖
 * @param road the road's name, such as 平湖大街; for a point of interest the road it was named
 *        after, if any
 * @param stem the road's name without its kind (平湖 of 平湖大街), which callers often say alone
 * @param houseNumber the doorplate number; {@code null} unless a doorplate
 * @param name the name of a point of interest; {@code null} otherwise
 */
record GazetteerEntry(long id, EntryKind kind, String subdistrict, String road, String stem, Integer houseNumber,
        String name, double latitude, double longitude, String gridCode) {

    static final String CITY = "深圳市";
    static final String DISTRICT = "龙岗区";
    static final String SUBDISTRICT_SUFFIX = "街道";
    static final String NUMBER_SUFFIX = "号";

    /** What a caller would say: 平湖大街88号, the road's name, or the name of a point of interest. */
    String label() {
        return switch (kind) {
            case ROAD -> road;
            case DOORPLATE -> road + houseNumber + NUMBER_SUFFIX;
            case POI -> name;
        };
    }

    /** The full address: 深圳市龙岗区{街道}{路名}{门牌号}号, or the district and subdistrict and the name. */
    String address() {
        return CITY + DISTRICT + subdistrict + SUBDISTRICT_SUFFIX + label();
    }
}
