package org.gridloop.organization.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The departments, for pick lists; names follow the request's language. */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentController {

    record DepartmentEntry(String code, String name) {

        static DepartmentEntry of(Department department, Locale locale) {
            boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
            return new DepartmentEntry(department.code(), english ? department.nameEn() : department.name());
        }
    }

    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    List<DepartmentEntry> all(Locale locale) {
        return departments.all().stream().map(department -> DepartmentEntry.of(department, locale)).toList();
    }
}
