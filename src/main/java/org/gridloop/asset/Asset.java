package org.gridloop.asset;

import java.time.LocalDate;

/**
 * One asset of the register with the attributes of GB/T 47678.5. Positions are WGS-84.
 *
 * @param identifier            16- or 17-digit identifier; its class code is the asset's class
 * @param name                  the asset's name, e.g. 供水井盖
 * @param departmentCode        the supervising department (主管部门), a department code of the
 *                              organization; owner-first routing sends the asset's cases there
 * @param ownerUnit             the owner unit (权属单位)
 * @param maintenanceUnit       the maintenance unit (养护单位)
 * @param gridCode              the unit grid the asset stands in
 * @param surveyDate            when it was surveyed (普查日期)
 * @param changeDate            when its record last changed (变更日期)
 * @param dataSource            where the record came from (e.g. census, import)
 */
public record Asset(AssetIdentifier identifier, String name, String departmentCode,
        String ownerUnit, String maintenanceUnit, String gridCode, AssetStatus status,
        double latitude, double longitude, LocalDate surveyDate, LocalDate changeDate,
        String dataSource, String remarks) {

    /** The asset's class code (4 or 5 digits), the code of its asset category. */
    public String classCode() {
        return identifier.classCode();
    }
}
