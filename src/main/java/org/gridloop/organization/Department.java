package org.gridloop.organization;

import java.util.Locale;

/**
 * A department (专业部门) that handles dispatched cases, or the office of a subdistrict
 * (街道办事处), which takes there the cases no routing rule covers (属地兜底). A department named
 * by cases is never deleted; a deactivated one keeps its cases and takes no new dispatches.
 *
 * @param code            short stable lowercase code, e.g. {@code water}
 * @param name            Chinese name
 * @param nameEn          English name
 * @param subdistrictCode the subdistrict of a subdistrict office, otherwise {@code null}
 * @param active          takes new dispatches
 */
public record Department(String code, String name, String nameEn, DepartmentKind kind, String subdistrictCode,
        boolean active) {

    /** An active department that is not a subdistrict office. */
    public Department(String code, String name, String nameEn) {
        this(code, name, nameEn, DepartmentKind.DEPARTMENT, null, true);
    }

    /** The name in the given language: English for {@code en}, otherwise Chinese. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
