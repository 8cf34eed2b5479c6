package org.gridloop.identity;

/**
 * A post (岗位) a user holds; it decides which actions the user may take.
 */
public enum Post {
    /** 监督员: patrols grids, reports, verifies and checks on site. */
    INSPECTOR,
    /** 受理员: accepts reports, requests verification and checks, merges duplicates. */
    INTAKE_OPERATOR,
    /** 值班长: registers, declines, discards and closes cases. */
    SHIFT_SUPERVISOR,
    /** 派遣员: dispatches cases and decides returns, extensions and suspensions. */
    DISPATCHER,
    /** 专业部门处置人员: handles the cases dispatched to the own department. */
    DEPARTMENT_HANDLER,
    /** 领导: reads everything, urges. */
    LEADER,
    /** 系统管理员: maintains reference data and users. */
    ADMINISTRATOR
}
