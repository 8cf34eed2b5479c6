package org.gridloop.evaluation.internal;

import java.util.Arrays;

import org.gridloop.DomainException;

/** What a scorecard evaluates (考评对象), by its name in the API. */
public enum ScorecardObject {
    SUBDISTRICTS("subdistricts", "subdistrict"),
    COMMUNITIES("communities", "community"),
    GRIDS("grids", "grid"),
    DEPARTMENTS("departments", "department"),
    INSPECTORS("inspectors", "username"),
    OPERATORS("operators", "username"),
    SUPERVISORS("supervisors", "username"),
    DISPATCHERS("dispatchers", "username"),
    TEAMS("teams", "team"),
    VENDORS("vendors", "vendor");

    /** The name in the API's path. */
    public final String path;
    /** The field of a row that holds the object's key. */
    public final String keyField;

    ScorecardObject(String path, String keyField) {
        this.path = path;
        this.keyField = keyField;
    }

    /**
     * The object named in a path.
     *
     * @throws DomainException INVALID on {@code object} for any other name
     */
    public static ScorecardObject of(String path) {
        return Arrays.stream(values()).filter(object -> object.path.equals(path)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("object", "evaluation.scorecard.object",
                        "one of subdistricts, communities, grids, departments, inspectors, operators, supervisors, "
                                + "dispatchers, teams, vendors"));
    }
}
