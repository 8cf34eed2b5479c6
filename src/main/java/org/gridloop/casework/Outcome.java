package org.gridloop.casework;

/** The decision or finding a step recorded, where the action has one. */
public enum Outcome {
    /** 核实: the problem is there. */
    CONFIRMED,
    /** 核实: the problem was not found on site. */
    NOT_FOUND,
    /** 核查: the result is good. */
    PASSED,
    /** 核查: the result is not good; rework. */
    FAILED,
    /** 审批: the request is granted. */
    GRANTED,
    /** 审批: the request is refused. */
    REFUSED
}
