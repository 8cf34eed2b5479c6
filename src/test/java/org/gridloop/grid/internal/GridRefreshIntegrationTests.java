package org.gridloop.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.grid.GridVersion;
import org.gridloop.grid.WorkGrid;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Grid versions and work grids changed in the database by another node reach this node at its next refresh. */
@HttpIntegrationTest
class GridRefreshIntegrationTests {

    @Autowired
    SpatialGridLookup lookup;

    @Autowired
    CachedWorkGrids workGrids;

    @Autowired
    JdbcClient jdbc;

    private int addedVersion;
    private WorkGrid renamed;

    @AfterEach
    void undoTheOtherNodesChanges() {
        if (addedVersion > 0) {
            jdbc.sql("DELETE FROM grid_unit_grid WHERE version_id = :id").param("id", addedVersion).update();
            jdbc.sql("DELETE FROM grid_version WHERE id = :id").param("id", addedVersion).update();
            lookup.refreshIfChanged();
        }
        if (renamed != null) {
            jdbc.sql("UPDATE grid_work_grid SET name = :name, version = version + 1 WHERE code = :code")
                    .param("name", renamed.name()).param("code", renamed.code()).update();
            workGrids.refreshIfChanged();
        }
    }

    @Test
    void loadsAVersionImportedByAnotherNode() {
        addedVersion = jdbc.sql("SELECT max(id) + 1 FROM grid_version").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO grid_version (id, label, effective_from, imported_at, imported_by, grid_count, community_count)
                VALUES (:id, '另一节点导入', TIMESTAMP WITH TIME ZONE '2091-01-01 00:00:00+08', now(), 'admin', 0, 0)""")
                .param("id", addedVersion).update();
        jdbc.sql("""
                INSERT INTO grid_unit_grid (version_id, code, community_code, outline, valid_from, name)
                SELECT :id, code, community_code, outline, valid_from, name FROM grid_unit_grid WHERE version_id = 1""")
                .param("id", addedVersion).update();
        assertThat(lookup.versions()).extracting(GridVersion::id).as("not refreshed yet").doesNotContain(addedVersion);

        lookup.refreshIfChanged();

        assertThat(lookup.versions()).extracting(GridVersion::id).contains(addedVersion);
        assertThat(lookup.version(addedVersion)).get().satisfies(version -> assertThat(version.index().size())
                .isEqualTo(lookup.version(1).orElseThrow().index().size()));
    }

    @Test
    void loadsAWorkGridChangedByAnotherNode() {
        renamed = workGrids.all().get(0);
        jdbc.sql("UPDATE grid_work_grid SET name = '另一节点改名', version = version + 1 WHERE code = :code")
                .param("code", renamed.code()).update();
        assertThat(workGrids.find(renamed.code())).get().extracting(WorkGrid::name).as("not refreshed yet")
                .isEqualTo(renamed.name());

        workGrids.refreshIfChanged();

        assertThat(workGrids.find(renamed.code())).get().extracting(WorkGrid::name).isEqualTo("另一节点改名");
    }
}
