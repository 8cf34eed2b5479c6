package org.gridloop.dispatch.internal;

import java.util.List;

/**
 * Why a case goes to a department: its asset's owner, a routing rule, the office of its
 * subdistrict or the configured fallback, or nothing at all (the dispatcher names one).
 *
 * @param departmentCode  the department chosen, {@code null} when none could be
 * @param rule            the rule that chose it, for {@link Basis#RULE}
 * @param subdistrictCode the case's subdistrict, {@code null} outside the grid area
 * @param passedOver      matching rules more specific than the one applied whose department is
 *                        deactivated, the most specific first
 */
record RoutingDecision(String departmentCode, Basis basis, RoutingRule rule, String subdistrictCode,
        List<RoutingRule> passedOver) {

    RoutingDecision {
        passedOver = List.copyOf(passedOver);
    }

    /** What chose the department. */
    enum Basis {
        /** 先属主: the supervising department of the register asset. */
        OWNER,
        /** The most specific matching rule whose department is active. */
        RULE,
        /** 属地兜底: no rule applies, the active office of the case's subdistrict takes it. */
        SUBDISTRICT_OFFICE,
        /** No rule and no office: the department of {@code gridloop.dispatch.fallback-department}. */
        FALLBACK,
        /** Nothing applies: the dispatcher names the department. */
        NONE
    }
}
