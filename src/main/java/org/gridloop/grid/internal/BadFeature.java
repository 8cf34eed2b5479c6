package org.gridloop.grid.internal;

/**
 * A feature of an import file that cannot be imported, and why.
 *
 * @param index  the feature's position in the file, from 1 (CSV: the data row, header not counted)
 * @param code   the code as written in the file (may be blank or malformed)
 * @param detail what the reason refers to: the broken rule of a code, the other feature, an area
 */
public record BadFeature(int index, String code, Reason reason, String detail) {

    /** The classes of bad features. */
    public enum Reason {
        /** The code is not a valid grid code ({@code GridCode.Defect}) or area code ({@code AREA_<LEVEL>}); the detail names the rule. */
        MALFORMED_CODE,
        /** Another feature of the file has the same code; the detail lists the other positions. */
        DUPLICATE_CODE,
        /** The code does not start with the community code given with it; the detail is that community. */
        COMMUNITY_MISMATCH,
        /** The community is not in the directory; the detail is its code. */
        UNKNOWN_COMMUNITY,
        /** The geometry is missing or not a single polygon; the detail is the type found. */
        NOT_A_POLYGON,
        /** The polygon cannot be read or is not valid (self-intersection, open ring…); the detail says where. */
        INVALID_POLYGON,
        /** The grid overlaps another beyond the tolerance; the detail is the other code and the area in m². */
        OVERLAP,
        /** Part of the grid lies outside its community beyond the tolerance; the detail is that area in m². */
        OUTSIDE_COMMUNITY,
        /** The level of an area is not district, subdistrict or community; the detail is the level found. */
        UNKNOWN_LEVEL,
        /** An area has no name or one longer than 50 characters. */
        MISSING_NAME,
        /** The area's parent (the code without its last 3 digits) is not in the file; the detail is that code. */
        UNKNOWN_PARENT,
        /** A sibling area of the file has the same name; the detail lists the other positions. */
        DUPLICATE_NAME,
        /** Part of the area lies outside its parent beyond the tolerance; the detail is that area in m². */
        OUTSIDE_PARENT,
        /** The file holds a second district, or another district than the platform's; the detail is the platform's. */
        OTHER_DISTRICT
    }
}
