package org.gridloop.field.internal;

import java.util.List;

/**
 * What the field app keeps on the phone to work offline: the classes of the active scheme and
 * the inspector's own work grids with the outlines of their unit grids. {@code version} changes
 * exactly when the content does, so the app downloads it again only then.
 *
 * @param accuracyLimitMeters the position accuracy above which a report needs a hand-placed pin
 */
public record FieldDictionary(String version, String scheme, double accuracyLimitMeters, List<ClassEntry> classes,
        List<WorkGridEntry> workGrids, List<UnitGridEntry> unitGrids) {

    /**
     * A reportable class.
     *
     * @param kind     {@code incident} or {@code asset}
     * @param nameEn   the English name, or {@code null} where the scheme has none
     * @param initials the pinyin initials of {@code name}, lower case
     */
    public record ClassEntry(String kind, String code, String majorCode, String majorName, String name, String nameEn,
            String initials) {
    }

    /** A work grid of the inspector and the codes of its unit grids. */
    public record WorkGridEntry(String code, String name, String subdistrictCode, List<String> unitGrids) {
    }

    /** A unit grid with its outline as {@code [lat, lon]} pairs (the outer ring). */
    public record UnitGridEntry(String code, String name, List<double[]> ring) {
    }
}
