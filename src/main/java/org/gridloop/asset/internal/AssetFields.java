package org.gridloop.asset.internal;

import java.time.LocalDate;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;

/**
 * The attributes of an asset as flat values, the way the API, the files and the history show
 * them (the identifier as text, the class code spelled out).
 */
public record AssetFields(String identifier, String classCode, String name, String departmentCode,
        String ownerUnit, String maintenanceUnit, String gridCode, AssetStatus status, double latitude,
        double longitude, LocalDate surveyDate, LocalDate changeDate, String dataSource, String remarks) {

    public static AssetFields of(Asset asset) {
        return new AssetFields(asset.identifier().value(), asset.classCode(), asset.name(), asset.departmentCode(),
                asset.ownerUnit(), asset.maintenanceUnit(), asset.gridCode(), asset.status(), asset.latitude(),
                asset.longitude(), asset.surveyDate(), asset.changeDate(), asset.dataSource(), asset.remarks());
    }

    public Asset toAsset() {
        return new Asset(new AssetIdentifier(identifier), name, departmentCode, ownerUnit, maintenanceUnit, gridCode,
                status, latitude, longitude, surveyDate, changeDate, dataSource, remarks);
    }
}
