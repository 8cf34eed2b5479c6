package org.gridloop.organization.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The departments stored in {@code organization_department}. */
@Service
class JdbcDepartments implements Departments {

    private final JdbcClient jdbc;

    JdbcDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Department> all() {
        return jdbc.sql("SELECT code, name, name_en FROM organization_department ORDER BY code")
                .query(Department.class).list();
    }

    @Override
    public Optional<Department> find(String code) {
        return jdbc.sql("SELECT code, name, name_en FROM organization_department WHERE code = :code")
                .param("code", code).query(Department.class).optional();
    }
}
