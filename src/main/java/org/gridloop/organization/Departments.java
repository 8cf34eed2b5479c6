package org.gridloop.organization;

import java.util.List;
import java.util.Optional;

/** The departments of the platform. */
public interface Departments {

    /** All departments ordered by code. */
    List<Department> all();

    Optional<Department> find(String code);
}
