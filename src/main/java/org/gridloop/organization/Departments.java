package org.gridloop.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The departments of the platform. */
public interface Departments {

    /** All departments ordered by code. */
    List<Department> all();

    Optional<Department> find(String code);

    /** Code → name in the given language of every department, ordered by code. */
    default Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(department -> names.put(department.code(), department.name(locale)));
        return names;
    }
}
