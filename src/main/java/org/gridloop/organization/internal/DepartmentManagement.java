package org.gridloop.organization.internal;

import java.util.List;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.grid.GridDirectory;
import org.gridloop.organization.Department;
import org.gridloop.organization.DepartmentKind;
import org.gridloop.organization.internal.JdbcDepartments.StoredDepartment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes of the departments: create, edit, deactivate and activate again.
 * A department is never deleted, since cases name it. A subdistrict office names its
 * subdistrict; a subdistrict has at most one active office. Every change is audited.
 */
@Service
public class DepartmentManagement {

    /**
     * A department as an administrator enters it.
     *
     * @param kind    {@code department} or {@code subdistrict-office}
     * @param version the version the edit is based on; when given and no longer current, the edit
     *                is refused instead of overwriting another administrator's change
     */
    public record DepartmentForm(String code, String name, String nameEn, String kind, String subdistrictCode,
            Integer version) {
    }

    /** A department with the version an edit must name. */
    public record VersionedDepartment(Department department, int version) {
    }

    /** The unique index that keeps one active office per subdistrict. */
    private static final String OFFICE_INDEX = "organization_department_office_idx";
    private static final int NAME_LENGTH = 100;
    private static final int NAME_EN_LENGTH = 200;

    private final JdbcClient jdbc;
    private final JdbcDepartments departments;
    private final GridDirectory grids;
    private final ApplicationEventPublisher events;

    DepartmentManagement(JdbcClient jdbc, JdbcDepartments departments, GridDirectory grids,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.grids = grids;
        this.events = events;
    }

    /** Every department with its version, ordered by code. */
    public List<VersionedDepartment> all() {
        return departments.allStored().stream().map(DepartmentManagement::versioned).toList();
    }

    public Optional<VersionedDepartment> find(String code) {
        return departments.stored(FieldChecks.strip(code)).map(DepartmentManagement::versioned);
    }

    @Transactional
    public VersionedDepartment create(DepartmentForm form) {
        FieldChecks checks = new FieldChecks();
        String code = FieldChecks.strip(form.code());
        checks.code("code", code);
        Department department = checked(code, form, true, checks);
        if (departments.stored(code).isPresent()) {
            throw codeTaken(code);
        }
        try {
            jdbc.sql("""
                    INSERT INTO organization_department (code, name, name_en, kind, subdistrict_code, active)
                    VALUES (:code, :name, :nameEn, :kind, :subdistrict, TRUE)""")
                    .param("code", code).param("name", department.name()).param("nameEn", department.nameEn())
                    .param("kind", department.kind().name()).param("subdistrict", department.subdistrictCode())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw isOfficeConflict(taken) ? officeTaken(department.subdistrictCode()) : codeTaken(code);
        }
        events.publishEvent(AuditedChange.of("department", code, "create", null, department));
        return new VersionedDepartment(department, 0);
    }

    @Transactional
    public VersionedDepartment update(String code, DepartmentForm form) {
        StoredDepartment before = existing(code);
        FieldChecks checks = new FieldChecks();
        String given = FieldChecks.strip(form.code());
        if (given != null && !given.equals(before.department().code())) {
            checks.add("code", "organization.code.fixed", "the code of a department cannot change");
        }
        Department after = checked(before.department().code(), form, before.department().active(), checks);
        return write(before, after, form.version(), "update");
    }

    @Transactional
    public VersionedDepartment deactivate(String code, Integer version) {
        StoredDepartment before = existing(code);
        Department was = before.department();
        return write(before, new Department(was.code(), was.name(), was.nameEn(), was.kind(), was.subdistrictCode(),
                false), version, "deactivate");
    }

    @Transactional
    public VersionedDepartment activate(String code, Integer version) {
        StoredDepartment before = existing(code);
        Department was = before.department();
        return write(before, new Department(was.code(), was.name(), was.nameEn(), was.kind(), was.subdistrictCode(),
                true), version, "activate");
    }

    private VersionedDepartment write(StoredDepartment before, Department after, Integer version, String action) {
        if (version != null && version != before.version()) {
            throw stale(before);
        }
        if (after.equals(before.department())) {
            return versioned(before);
        }
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE organization_department
                    SET name = :name, name_en = :nameEn, kind = :kind, subdistrict_code = :subdistrict,
                        active = :active, version = version + 1
                    WHERE code = :code AND version = :version""")
                    .param("name", after.name()).param("nameEn", after.nameEn()).param("kind", after.kind().name())
                    .param("subdistrict", after.subdistrictCode()).param("active", after.active())
                    .param("code", after.code()).param("version", before.version())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw officeTaken(after.subdistrictCode());
        }
        if (updated == 0) {
            throw stale(before);
        }
        events.publishEvent(AuditedChange.of("department", after.code(), action, before.department(), after));
        return new VersionedDepartment(after, before.version() + 1);
    }

    /** Whether the refused write would have given a subdistrict a second active office. */
    private static boolean isOfficeConflict(DuplicateKeyException taken) {
        return String.valueOf(taken.getMostSpecificCause().getMessage()).contains(OFFICE_INDEX);
    }

    private Department checked(String code, DepartmentForm form, boolean active, FieldChecks checks) {
        String name = FieldChecks.strip(form.name());
        String nameEn = FieldChecks.strip(form.nameEn());
        checks.text("name", name, NAME_LENGTH, true);
        checks.text("nameEn", nameEn, NAME_EN_LENGTH, false);
        String kindName = FieldChecks.strip(form.kind());
        DepartmentKind kind = kindName == null ? DepartmentKind.DEPARTMENT
                : DepartmentKind.ofApiName(kindName).orElse(null);
        if (kind == null) {
            checks.add("kind", "organization.department.kind", "department or subdistrict-office");
        }
        String subdistrict = FieldChecks.strip(form.subdistrictCode());
        if (kind == DepartmentKind.SUBDISTRICT_OFFICE) {
            if (subdistrict == null) {
                checks.add("subdistrictCode", "organization.department.office-subdistrict",
                        "a subdistrict office names its subdistrict");
            } else if (grids.subdistricts().stream().noneMatch(known -> known.code().equals(subdistrict))) {
                checks.add("subdistrictCode", "organization.subdistrict.unknown", "no such subdistrict");
            }
        } else if (kind == DepartmentKind.DEPARTMENT && subdistrict != null) {
            checks.add("subdistrictCode", "organization.department.no-subdistrict",
                    "only a subdistrict office names a subdistrict");
        }
        checks.refuseIfAny("organization.department.invalid", "The department is not valid");
        return new Department(code, name, nameEn == null ? name : nameEn, kind,
                kind == DepartmentKind.SUBDISTRICT_OFFICE ? subdistrict : null, active);
    }

    private StoredDepartment existing(String code) {
        return departments.stored(FieldChecks.strip(code)).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "organization.department.unknown", "No such department", code));
    }

    private static VersionedDepartment versioned(StoredDepartment stored) {
        return new VersionedDepartment(stored.department(), stored.version());
    }

    private static DomainException codeTaken(String code) {
        return DomainException.taken("code", "organization.department.code-taken", code);
    }

    private static DomainException officeTaken(String subdistrict) {
        return new DomainException(DomainException.Kind.CONFLICT, "organization.department.office-taken",
                "The subdistrict " + subdistrict + " already has an active office",
                List.of(new FieldProblem("subdistrictCode", "organization.department.office-taken",
                        "already has an active office")), subdistrict);
    }

    private static DomainException stale(StoredDepartment current) {
        return DomainException.stale("organization.department.stale", "department", current.version());
    }
}
