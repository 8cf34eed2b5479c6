package org.gridloop.casework;

/**
 * Where a case stands in the closed loop (案件闭环).
 */
public enum CaseStatus {
    /** 已上报: a report from any channel, not yet accepted. */
    REPORTED(false),
    /** 核实中: an inspector was asked to confirm it on site. */
    VERIFYING(false),
    /** 已受理: taken in by the intake operator, waiting for registration. */
    ACCEPTED(false),
    /** 已立案: a registered case waiting for dispatch (again, after a return). */
    REGISTERED(false),
    /** 处置中: a department task is open. */
    DISPATCHED(false),
    /** 申请回退: the department says the case is not theirs. */
    RETURN_REQUESTED(false),
    /** 申请挂账: the department says it cannot be solved within the limits. */
    SUSPENSION_REQUESTED(false),
    /** 挂账: parked; the handling clock is paused. */
    SUSPENDED(false),
    /** 已处置: the department fed back; waiting for a check. */
    HANDLED(false),
    /** 核查中: an inspector was asked to check the result on site. */
    CHECKING(false),
    /** 已核查: the check passed; waiting for closing. */
    CHECKED(false),
    /** 已结案: closed. */
    CLOSED(true),
    /** 不予受理: rejected at intake (out of scope, invalid report). */
    REJECTED(true),
    /** 不予立案: does not meet the class's registration condition. */
    DECLINED(true),
    /** 作废: an invalid case, discarded by the shift supervisor. */
    DISCARDED(true),
    /** 已合并: a duplicate, linked to the case it duplicates. */
    MERGED(true);

    private final boolean terminal;

    CaseStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
