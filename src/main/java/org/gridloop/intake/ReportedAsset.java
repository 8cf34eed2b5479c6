package org.gridloop.intake;

/**
 * The register asset an asset report is about, as the report found it.
 *
 * @param identifier     the asset's 16- or 17-digit identifier
 * @param departmentCode the asset's supervising department; owner-first routing (先属主, 后属地)
 *                       proposes it for the case
 * @param picked         {@code true} when the reporter named no asset and intake picked the
 *                       nearest of the class within {@link ReportIntake#ASSET_SEARCH_METERS}
 */
public record ReportedAsset(String identifier, String name, String departmentCode, boolean picked) {
}
