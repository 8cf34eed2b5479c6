package org.gridloop.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gridloop.organization.Department;
import org.gridloop.organization.DepartmentKind;
import org.gridloop.organization.Departments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The departments stored in {@code organization_department}. */
@Service
class JdbcDepartments implements Departments {

    static final String COLUMNS = "code, name, name_en, kind, subdistrict_code, active, version";

    private final JdbcClient jdbc;

    JdbcDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Department> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_department ORDER BY code")
                .query((rs, n) -> department(rs)).list();
    }

    @Override
    public Optional<Department> find(String code) {
        return stored(code).map(StoredDepartment::department);
    }

    @Override
    public Optional<Department> subdistrictOffice(String subdistrictCode) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM organization_department
                WHERE subdistrict_code = :subdistrict AND active AND kind = 'SUBDISTRICT_OFFICE'""")
                .param("subdistrict", subdistrictCode)
                .query((rs, n) -> department(rs)).optional();
    }

    /** Every department with its version, ordered by code. */
    List<StoredDepartment> allStored() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_department ORDER BY code")
                .query((rs, n) -> new StoredDepartment(department(rs), rs.getInt("version"))).list();
    }

    /** The department with its version, for an edit. */
    Optional<StoredDepartment> stored(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_department WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new StoredDepartment(department(rs), rs.getInt("version"))).optional();
    }

    private static Department department(ResultSet rs) throws SQLException {
        return new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                DepartmentKind.valueOf(rs.getString("kind")), rs.getString("subdistrict_code"),
                rs.getBoolean("active"));
    }

    /** A stored department and the number of changes it has seen. */
    record StoredDepartment(Department department, int version) {
    }
}
