package org.gridloop.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * A business action on a case. {@link #apiName()} is the action's name in URLs
 * ({@code POST /api/v1/cases/{number}/{apiName}}) and in representations.
 */
public enum CaseAction {
    /** 上报: a report creates the case. */
    SUBMIT("submit"),
    /** 自行处置: an inspector fixed a trivial problem on the spot; the shift supervisor audits it. */
    SELF_HANDLE("selfHandle"),
    /** 派发核实: ask an inspector to confirm a report on site. */
    REQUEST_VERIFICATION("requestVerification"),
    /**
     * 改派: hands an open verification or check task to another inspector; the stage and its
     * clock go on as they were.
     */
    REASSIGN("reassign"),
    /** 核实: the inspector confirms the report, or does not find the problem. */
    VERIFY("verify"),
    /** 受理. */
    ACCEPT("accept"),
    /** 不予受理. */
    REJECT("reject"),
    /** 合并: link a duplicate to the case it duplicates. */
    MERGE("merge"),
    /** 改类: correct the kind and class a report was filed under; the status stays. */
    RECLASSIFY("reclassify"),
    /** 立案. */
    REGISTER("register"),
    /** 不予立案. */
    DECLINE("decline"),
    /** 派遣. */
    DISPATCH("dispatch"),
    /** 申请回退. */
    REQUEST_RETURN("requestReturn"),
    /** 同意回退: the first dispatch counts as inaccurate. */
    APPROVE_RETURN("approveReturn"),
    /** 驳回回退. */
    REJECT_RETURN("rejectReturn"),
    /** 申请延期: a pending flag, the department keeps working. */
    REQUEST_EXTENSION("requestExtension"),
    /** 审批延期. */
    DECIDE_EXTENSION("decideExtension"),
    /** 申请挂账. */
    REQUEST_SUSPENSION("requestSuspension"),
    /** 审批挂账. */
    DECIDE_SUSPENSION("decideSuspension"),
    /** 恢复: a suspended case goes back to its department. */
    RESUME("resume"),
    /** 处置反馈. */
    REPORT_HANDLED("reportHandled"),
    /** 派发核查. */
    REQUEST_CHECK("requestCheck"),
    /** 核查: pass, or fail and rework by the same department. */
    CHECK("check"),
    /** 结案. */
    CLOSE("close"),
    /** 作废. */
    DISCARD("discard"),
    /** 督办: urges the department; the status stays. */
    URGE("urge"),
    /** 备注: a note on the timeline; the status stays. */
    COMMENT("comment");

    private final String apiName;

    CaseAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Whether the action creates a case rather than acting on one. */
    public boolean createsCase() {
        return this == SUBMIT || this == SELF_HANDLE;
    }

    public static Optional<CaseAction> fromApiName(String name) {
        return Arrays.stream(values()).filter(action -> action.apiName.equals(name)).findFirst();
    }
}
