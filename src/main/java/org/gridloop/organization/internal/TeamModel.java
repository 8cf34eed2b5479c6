package org.gridloop.organization.internal;

/** How an inspector team is run. */
enum TeamModel {
    /** 自行组建: inspectors employed by the subdistrict or the center. */
    SELF_ORGANIZED,
    /** 信息采集市场化: a vendor company supplies the inspectors under contract. */
    OUTSOURCED
}
