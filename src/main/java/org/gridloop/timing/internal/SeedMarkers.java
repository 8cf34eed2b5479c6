package org.gridloop.timing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which reference data of the module was loaded on this installation ({@code timing_seed}), so
 * that it is loaded once and an administrator's later edits are never overwritten at a restart.
 */
@Repository
class SeedMarkers {

    private final JdbcClient jdbc;

    SeedMarkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean seeded(String what) {
        return jdbc.sql("SELECT count(*) FROM timing_seed WHERE name = :name").param("name", what)
                .query(Integer.class).single() > 0;
    }

    void markSeeded(String what) {
        jdbc.sql("INSERT INTO timing_seed (name) VALUES (:name) ON CONFLICT DO NOTHING").param("name", what).update();
    }
}
