package org.gridloop.identity;

import java.util.Locale;
import java.util.Map;

/**
 * The departments and subdistricts accounts refer to, as the modules that keep them know them:
 * a department handler names a department, staff of a subdistrict center their subdistricts.
 * Identity checks new and changed accounts against it without depending on those modules; the
 * implementation lives in the organization module.
 */
public interface AccountReferences {

    /** Whether a department with the code exists. */
    boolean isDepartment(String code);

    /** Whether a subdistrict with the 9-digit code exists in the areas in effect. */
    boolean isSubdistrict(String code);

    /** Code → name in the language of every department, active or not, for pick lists. */
    Map<String, String> departmentNames(Locale locale);

    /** Code → name of every subdistrict in the areas in effect, for pick lists. */
    Map<String, String> subdistrictNames();
}
