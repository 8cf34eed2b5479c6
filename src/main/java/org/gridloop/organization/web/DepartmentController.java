package org.gridloop.organization.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.organization.Department;
import org.gridloop.organization.internal.DepartmentManagement;
import org.gridloop.organization.internal.DepartmentManagement.DepartmentForm;
import org.gridloop.organization.internal.DepartmentManagement.VersionedDepartment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The departments: the pick list of active departments (names in the request's language), and
 * for administrators their creation, edits, deactivation and activation.
 */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentController {

    /**
     * A department as the API shows it.
     *
     * @param name    the name in the request's language
     * @param nameZh  the Chinese name as entered
     * @param kind    {@code department} or {@code subdistrict-office}
     * @param version what an edit names to be refused when someone else changed it meanwhile
     */
    record DepartmentEntry(String code, String name, String nameZh, String nameEn, String kind,
            String subdistrictCode, boolean active, int version) {

        static DepartmentEntry of(VersionedDepartment versioned, Locale locale) {
            Department department = versioned.department();
            return new DepartmentEntry(department.code(), department.name(locale), department.name(),
                    department.nameEn(), department.kind().apiName(), department.subdistrictCode(),
                    department.active(), versioned.version());
        }
    }

    /** The version a deactivation or activation is based on; optional. */
    record VersionRequest(Integer version) {
    }

    private final DepartmentManagement management;

    DepartmentController(DepartmentManagement management) {
        this.management = management;
    }

    /** The active departments; with {@code all=true} the deactivated ones too. */
    @GetMapping
    List<DepartmentEntry> all(@RequestParam(defaultValue = "false") boolean all, Locale locale) {
        return management.all().stream()
                .filter(versioned -> all || versioned.department().active())
                .map(versioned -> DepartmentEntry.of(versioned, locale)).toList();
    }

    @GetMapping("/{code}")
    DepartmentEntry one(@PathVariable String code, Locale locale) {
        return management.find(code).map(versioned -> DepartmentEntry.of(versioned, locale))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "organization.department.unknown", "No such department", code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    DepartmentEntry create(@RequestBody DepartmentForm form, Locale locale) {
        return DepartmentEntry.of(management.create(form), locale);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    DepartmentEntry update(@PathVariable String code, @RequestBody DepartmentForm form, Locale locale) {
        return DepartmentEntry.of(management.update(code, form), locale);
    }

    @PostMapping("/{code}/deactivate")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    DepartmentEntry deactivate(@PathVariable String code, @RequestBody(required = false) VersionRequest request,
            Locale locale) {
        return DepartmentEntry.of(management.deactivate(code, request == null ? null : request.version()), locale);
    }

    @PostMapping("/{code}/activate")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    DepartmentEntry activate(@PathVariable String code, @RequestBody(required = false) VersionRequest request,
            Locale locale) {
        return DepartmentEntry.of(management.activate(code, request == null ? null : request.version()), locale);
    }
}
