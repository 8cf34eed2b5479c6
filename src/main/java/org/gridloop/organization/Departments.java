package org.gridloop.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The departments of the platform, active and deactivated. */
public interface Departments {

    /** All departments ordered by code, deactivated ones included (their cases keep their names). */
    List<Department> all();

    /** The department with the code, active or not. */
    Optional<Department> find(String code);

    /** The active office of the subdistrict, the territorial fallback there; empty when it has none. */
    Optional<Department> subdistrictOffice(String subdistrictCode);

    /** The active department with the code: one that may take a new dispatch. */
    default Optional<Department> findActive(String code) {
        return find(code).filter(Department::active);
    }

    /** Code → name in the given language of every department, ordered by code. */
    default Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(department -> names.put(department.code(), department.name(locale)));
        return names;
    }
}
