package org.gridloop.timing;

/**
 * A stage of the workflow with its own time limit, counted in working time from the moment the
 * stage starts. Handling (处置) is limited per class instead, see
 * {@link TimeLimits#handlingLimit}.
 */
public enum Stage {
    /** 受理: from the report to its acceptance (default 10 working minutes). */
    ACCEPT,
    /** 核实: from the verification request to the inspector's answer (default 30). */
    VERIFY,
    /** 立案: from acceptance to registration (default 10). */
    REGISTER,
    /** 派遣: from registration to dispatch (default 10). */
    DISPATCH,
    /** 派发核查: from the department's feedback to the check request (default 10). */
    REQUEST_CHECK,
    /** 核查: from the check request to the inspector's check (default 30). */
    CHECK,
    /** 结案: from the check to closing (default 10). */
    CLOSE
}
