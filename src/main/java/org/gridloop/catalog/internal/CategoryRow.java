package org.gridloop.catalog.internal;

import org.gridloop.catalog.CategoryKind;

/** One validated class of an import file, with the line it was read from. */
record CategoryRow(int line, String schemeId, CategoryKind kind, String code, String majorCode,
        String majorName, String name, String handlingTimeLimitExamples, String departmentType,
        String departmentBasis, String sourceRef, String confidence, String notes) {
}
