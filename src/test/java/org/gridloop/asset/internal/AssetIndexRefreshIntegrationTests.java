package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.asset.AssetIdentifier;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An asset removed by another node disappears from this node's index at its next refresh; a
 * change made on this node is in its index at once and needs no rebuild.
 */
@HttpIntegrationTest
class AssetIndexRefreshIntegrationTests {

    @Autowired
    IndexedAssetLocator locator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssetRegister register;

    private String removed;

    @AfterEach
    void putTheAssetBack() {
        if (removed != null) {
            changeStatus(removed, "INTACT");
            locator.refreshIfChanged();
        }
    }

    @Test
    void dropsAnAssetRemovedByAnotherNode() {
        removed = jdbc.sql("SELECT identifier FROM asset_register WHERE status = 'INTACT' ORDER BY identifier LIMIT 1")
                .query(String.class).single();
        AssetIdentifier identifier = new AssetIdentifier(removed);
        assertThat(locator.find(identifier)).isPresent();

        changeStatus(removed, "REMOVED");
        assertThat(locator.find(identifier)).as("not refreshed yet").isPresent();

        locator.refreshIfChanged();

        assertThat(locator.find(identifier)).isEmpty();
    }

    @Test
    void keepsItsIndexAfterAChangeMadeOnThisNode() {
        String identifier = jdbc.sql("SELECT identifier FROM asset_register WHERE status = 'INTACT'"
                + " ORDER BY identifier DESC LIMIT 1").query(String.class).single();
        AssetRecords.Versioned current = register.find(identifier);
        AssetDraft draft = AssetDraft.of(AssetFields.of(current.asset()));
        AssetDraft changed = new AssetDraft(draft.identifier(), draft.classCode(), draft.name(),
                draft.departmentCode(), draft.ownerUnit(), draft.maintenanceUnit(), draft.gridCode(), draft.status(),
                draft.latitude(), draft.longitude(), draft.surveyDate(), draft.changeDate(), draft.dataSource(),
                "井盖已更换");
        register.change(changed, current.version(), "admin", "census");
        AssetIndex index = locator.snapshot();

        locator.refreshIfChanged();

        assertThat(locator.snapshot()).as("not rebuilt").isSameAs(index);
        assertThat(locator.find(new AssetIdentifier(identifier))).get()
                .extracting(org.gridloop.asset.Asset::remarks).isEqualTo("井盖已更换");
    }

    /** What another node's change leaves in the database: the new state and its history entry. */
    private void changeStatus(String identifier, String status) {
        jdbc.sql("UPDATE asset_register SET status = :status, version = version + 1 WHERE identifier = :id")
                .param("status", status).param("id", identifier).update();
        jdbc.sql("""
                INSERT INTO asset_history (identifier, action, changed_by, changed_at, source, before, after)
                VALUES (:id, 'CHANGED', 'admin', now(), 'census', NULL, jsonb_build_object('status', :status))""")
                .param("id", identifier).param("status", status).update();
    }
}
