package org.gridloop.organization.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.AccountReferences;
import org.gridloop.organization.Departments;
import org.springframework.stereotype.Component;

/** The departments of this module and the subdistricts of the grid directory, for checking accounts. */
@Component
class OrganizationAccountReferences implements AccountReferences {

    private final Departments departments;
    private final GridDirectory grids;

    OrganizationAccountReferences(Departments departments, GridDirectory grids) {
        this.departments = departments;
        this.grids = grids;
    }

    @Override
    public boolean isDepartment(String code) {
        return code != null && departments.find(code).isPresent();
    }

    @Override
    public boolean isSubdistrict(String code) {
        return code != null && grids.subdistricts().stream().anyMatch(subdistrict -> subdistrict.code().equals(code));
    }

    @Override
    public Map<String, String> departmentNames(Locale locale) {
        return departments.names(locale);
    }

    @Override
    public Map<String, String> subdistrictNames() {
        Map<String, String> names = new LinkedHashMap<>();
        grids.subdistricts().forEach(subdistrict -> names.put(subdistrict.code(), subdistrict.name()));
        return names;
    }
}
