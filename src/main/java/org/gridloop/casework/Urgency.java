package org.gridloop.casework;

/** How urgent a registered case is; it selects the handling limit. */
public enum Urgency {
    /** 紧急 */
    URGENT,
    /** 一般 */
    NORMAL
}
