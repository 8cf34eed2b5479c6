package org.gridloop.organization;

import java.util.Locale;
import java.util.Optional;

/** What a department is to routing. */
public enum DepartmentKind {
    /** 专业部门: takes the cases routing rules send it, anywhere. */
    DEPARTMENT,
    /** 街道办事处: the territorial fallback (属地兜底) of its own subdistrict. */
    SUBDISTRICT_OFFICE;

    /** The name in the API: {@code department} or {@code subdistrict-office}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of an API name, or empty when it names none. */
    public static Optional<DepartmentKind> ofApiName(String name) {
        for (DepartmentKind kind : values()) {
            if (kind.apiName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
