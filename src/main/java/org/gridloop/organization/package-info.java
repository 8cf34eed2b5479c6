/**
 * Departments (专业部门), subdistrict offices, inspector teams (self-organized or outsourced
 * vendor) and their members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.gridloop.organization;
