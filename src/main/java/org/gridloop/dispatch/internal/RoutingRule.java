package org.gridloop.dispatch.internal;

import org.gridloop.catalog.CategoryKind;

/**
 * A routing rule (派遣规则): cases of a class, or of every class of a major class (大类),
 * optionally only in one subdistrict, go to a department. Exactly one of {@code classCode} and
 * {@code majorCode} is set.
 *
 * @param id              the stored rule's id, {@code null} for one not stored yet
 * @param subdistrictCode the subdistrict the rule is limited to, or {@code null} for everywhere
 */
record RoutingRule(Long id, CategoryKind kind, String classCode, String majorCode, String subdistrictCode,
        String departmentCode) {

    RoutingRule {
        if ((classCode == null) == (majorCode == null)) {
            throw new IllegalArgumentException("A routing rule names either a class or a major class");
        }
    }

    static RoutingRule forClass(CategoryKind kind, String classCode, String subdistrictCode, String departmentCode) {
        return new RoutingRule(null, kind, classCode, null, subdistrictCode, departmentCode);
    }

    static RoutingRule forMajorClass(CategoryKind kind, String majorCode, String subdistrictCode,
            String departmentCode) {
        return new RoutingRule(null, kind, null, majorCode, subdistrictCode, departmentCode);
    }
}
