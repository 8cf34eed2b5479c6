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
        /** The code is not a valid CJ/T 213 grid code; the detail is the {@code GridCode.Defect}. */
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
        OUTSIDE_COMMUNITY
    }
}
