package org.gridloop.geocoding.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The gazetteer's entries in {@code geocoding_entry}. */
@Repository
class Gazetteer {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Gazetteer(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM geocoding_entry)").query(Boolean.class).single();
    }

    List<GazetteerEntry> all() {
        return jdbc.sql("""
                SELECT id, kind, subdistrict, road, road_stem, house_number, name, latitude, longitude, grid_code
                FROM geocoding_entry ORDER BY id""")
                .query((rs, row) -> new GazetteerEntry(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")),
                        rs.getString("subdistrict"), rs.getString("road"), rs.getString("road_stem"),
                        rs.getObject("house_number", Integer.class), rs.getString("name"), rs.getDouble("latitude"),
                        rs.getDouble("longitude"), rs.getString("grid_code")))
                .list();
    }

    /** Replaces every entry by the given ones, all or nothing. */
    @Transactional
    void replace(List<GazetteerEntry> entries) {
        jdbc.sql("DELETE FROM geocoding_entry").update();
        batches.batchUpdate("""
                INSERT INTO geocoding_entry (id, kind, subdistrict, road, road_stem, house_number, name, address,
                                             latitude, longitude, grid_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 1_000, (statement, entry) -> {
            statement.setLong(1, entry.id());
            statement.setString(2, entry.kind().name());
            statement.setString(3, entry.subdistrict());
            statement.setString(4, entry.road());
            statement.setString(5, entry.stem());
            statement.setObject(6, entry.houseNumber());
            statement.setString(7, entry.name());
            statement.setString(8, entry.address());
            statement.setDouble(9, entry.latitude());
            statement.setDouble(10, entry.longitude());
            statement.setString(11, entry.gridCode());
        });
    }
}
