package org.gridloop.asset.internal;

/**
 * An asset as written in a file, a form or a census proposal, before it is checked: every
 * attribute as text, the position as numbers (null when missing).
 */
public record AssetDraft(String identifier, String classCode, String name, String departmentCode, String ownerUnit,
        String maintenanceUnit, String gridCode, String status, Double latitude, Double longitude,
        String surveyDate, String changeDate, String dataSource, String remarks) {

    /** The draft of an asset as it stands, to be changed field by field. */
    public static AssetDraft of(AssetFields asset) {
        return new AssetDraft(asset.identifier(), asset.classCode(), asset.name(), asset.departmentCode(),
                asset.ownerUnit(), asset.maintenanceUnit(), asset.gridCode(), asset.status().name(),
                asset.latitude(), asset.longitude(), text(asset.surveyDate()), text(asset.changeDate()),
                asset.dataSource(), asset.remarks());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
