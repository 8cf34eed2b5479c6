package org.gridloop.asset.web;

import java.time.LocalDate;

import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetFields;
import org.gridloop.asset.internal.AssetRecords.Versioned;

/** An asset of the register as the API shows it; {@code version} guards a later change. */
record AssetRepresentation(String identifier, String classCode, String name, String departmentCode,
        String ownerUnit, String maintenanceUnit, String gridCode, AssetStatus status, double latitude,
        double longitude, LocalDate surveyDate, LocalDate changeDate, String dataSource, String remarks,
        int version) {

    static AssetRepresentation of(Versioned versioned) {
        AssetFields asset = AssetFields.of(versioned.asset());
        return new AssetRepresentation(asset.identifier(), asset.classCode(), asset.name(), asset.departmentCode(),
                asset.ownerUnit(), asset.maintenanceUnit(), asset.gridCode(), asset.status(), asset.latitude(),
                asset.longitude(), asset.surveyDate(), asset.changeDate(), asset.dataSource(), asset.remarks(),
                versioned.version());
    }
}
