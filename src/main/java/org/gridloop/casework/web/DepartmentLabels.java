package org.gridloop.casework.web;

import java.util.List;
import java.util.Map;

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
        return names().entrySet().stream().map(name -> new Choice(name.getKey(), name.getValue())).toList();
    }

    /** Code → name of every department, for tables and timelines. */
    Map<String, String> names() {
        return departments.names(LocaleContextHolder.getLocale());
    }
}
