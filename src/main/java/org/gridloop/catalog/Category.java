package org.gridloop.catalog;

/**
 * One class of the active scheme. Within a scheme a class is identified by its kind and code
 * (GB/T 47678.5 uses the same code for an asset class and its incident "anomaly").
 *
 * @param scheme           the scheme's identifier, e.g. {@code GB/T 47678.5-2026}
 * @param kind             asset or incident
 * @param code             the full class code (4 digits CJ/T 214, 5 digits GB/T 47678.5)
 * @param majorCode        大类 code
 * @param majorName        大类 name
 * @param name             小类 name
 * @param departmentType   the usual kind of responsible department (a hint, not a rule)
 * @param local            added by the platform's administrator (a district's own class), not
 *                         from the national scheme
 * @param deactivated      closed to new reports; cases filed under it keep it
 */
public record Category(String scheme, CategoryKind kind, String code, String majorCode,
        String majorName, String name, String departmentType, boolean local, boolean deactivated) {

    /** Whether a new report may be filed under this class. */
    public boolean reportable() {
        return !deactivated;
    }
}
