package org.gridloop.casework;

/**
 * A stage of a case with a clock of its own (环节): it starts when the case enters it and stops
 * when the case leaves it. Each stage waits for one post; handling (处置) is the department's.
 */
public enum CaseStage {
    /** 受理: a report waits for the intake operator. */
    ACCEPT,
    /** 核实: an inspector is to confirm the report on site. */
    VERIFY,
    /** 立案: an accepted report waits for the shift supervisor. */
    REGISTER,
    /** 派遣: a registered case waits for the dispatcher. */
    DISPATCH,
    /** 处置: the department handles the case (paused while suspended or waiting for a return decision). */
    HANDLE,
    /** 派发核查: the department's feedback waits for a check request. */
    REQUEST_CHECK,
    /** 核查: an inspector is to check the result on site. */
    CHECK,
    /** 结案: a checked case waits for closing. */
    CLOSE;

    /** The stage a case in {@code status} is in, or {@code null} once it has ended. */
    public static CaseStage of(CaseStatus status) {
        return switch (status) {
            case REPORTED -> ACCEPT;
            case VERIFYING -> VERIFY;
            case ACCEPTED -> REGISTER;
            case REGISTERED -> DISPATCH;
            case DISPATCHED, RETURN_REQUESTED, SUSPENSION_REQUESTED, SUSPENDED -> HANDLE;
            case HANDLED -> REQUEST_CHECK;
            case CHECKING -> CHECK;
            case CHECKED -> CLOSE;
            case CLOSED, REJECTED, DECLINED, DISCARDED, MERGED -> null;
        };
    }
}
