package org.gridloop.geocoding.internal;

/** What a gazetteer entry names. */
enum EntryKind {
    /** A road (道路), placed at its middle. */
    ROAD,
    /** A doorplate (门牌): a road and a house number. */
    DOORPLATE,
    /** A point of interest (兴趣点): school, hospital, park, market, metro station, workstation. */
    POI
}
