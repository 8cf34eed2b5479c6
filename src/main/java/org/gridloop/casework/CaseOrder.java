package org.gridloop.casework;

/** How a list of cases is sorted. */
public enum CaseOrder {
    /** The latest reported first. */
    NEWEST("c.id DESC"),
    /**
     * The nearest red threshold first: overdue cases lead, the most overdue on top, then those
     * closest to it; cases without a running clock last.
     */
    DUE("c.stage_red_at ASC NULLS LAST, c.id DESC");

    final String sql;

    CaseOrder(String sql) {
        this.sql = sql;
    }
}
