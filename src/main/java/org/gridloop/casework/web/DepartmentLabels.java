package org.gridloop.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Department names in the language of the current page. */
@Component
class DepartmentLabels {

    /** A department as a choice in a form. */
    record Choice(String code, String name) {
    }

    private final Departments departments;

    DepartmentLabels(Departments departments) {
        this.departments = departments;
    }

    List<Choice> choices() {
        return departments.all().stream().map(department -> new Choice(department.code(), name(department))).toList();
    }

    /** Code → name of every department, for tables and timelines. */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        choices().forEach(choice -> names.put(choice.code(), choice.name()));
        return names;
    }

    private static String name(Department department) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english && department.nameEn() != null ? department.nameEn() : department.name();
    }
}
