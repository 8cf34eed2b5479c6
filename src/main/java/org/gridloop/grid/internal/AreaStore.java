package org.gridloop.grid.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.grid.AreaRevision;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revisions of the areas in {@code grid_area_revision}, their areas in {@code grid_area};
 * and the directory tables {@code grid_subdistrict} and {@code grid_community} that unit grids
 * refer to, filled from the current revision.
 */
@Repository
class AreaStore {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AreaStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Every revision, newest first. */
    List<AreaRevision> revisions() {
        return jdbc.sql("""
                SELECT id, label, district_code, imported_at, imported_by, subdistrict_count, community_count
                FROM grid_area_revision ORDER BY id DESC""")
                .query((rs, row) -> new AreaRevision(rs.getInt("id"), rs.getString("label"),
                        rs.getString("district_code"), rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"), rs.getInt("subdistrict_count"), rs.getInt("community_count")))
                .list();
    }

    Optional<AreaRevision> current() {
        return revisions().stream().findFirst();
    }

    /** The areas of a revision, ordered by code (the district first). */
    List<Area> areas(int revision) {
        return jdbc.sql("SELECT code, level, parent_code, name, outline FROM grid_area WHERE revision_id = :revision"
                        + " ORDER BY code")
                .param("revision", revision)
                .query((rs, row) -> new Area(rs.getString("code"), AreaLevel.of(rs.getString("level")).orElseThrow(),
                        rs.getString("parent_code"), rs.getString("name"), read(rs.getBytes("outline"))))
                .list();
    }

    /** The outlines of the communities of the current revision by code; empty before the first import. */
    Map<String, Geometry> currentCommunityOutlines() {
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        current().ifPresent(revision -> areas(revision.id()).stream()
                .filter(area -> area.level() == AreaLevel.COMMUNITY)
                .forEach(area -> outlines.put(area.code(), area.outline())));
        return outlines;
    }

    /** Stores a new revision with its areas and fills the directory tables from them; in the caller's transaction. */
    AreaRevision add(String label, Instant importedAt, String importedBy, List<Area> areas) {
        jdbc.sql("LOCK TABLE grid_area_revision IN EXCLUSIVE MODE").update();
        int id = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM grid_area_revision").query(Integer.class).single();
        String district = areas.stream().filter(area -> area.level() == AreaLevel.DISTRICT).findFirst()
                .orElseThrow().code();
        int subdistricts = count(areas, AreaLevel.SUBDISTRICT);
        int communities = count(areas, AreaLevel.COMMUNITY);
        jdbc.sql("""
                INSERT INTO grid_area_revision (id, label, district_code, imported_at, imported_by,
                    subdistrict_count, community_count)
                VALUES (:id, :label, :district, :importedAt, :importedBy, :subdistricts, :communities)""")
                .param("id", id).param("label", label).param("district", district)
                .param("importedAt", Timestamp.from(importedAt)).param("importedBy", importedBy)
                .param("subdistricts", subdistricts).param("communities", communities).update();
        jdbcTemplate.batchUpdate(
                "INSERT INTO grid_area (revision_id, code, level, parent_code, name, outline) VALUES (?, ?, ?, ?, ?, ?)",
                areas.stream().map(area -> new Object[] {id, area.code(), area.level().key(), area.parentCode(),
                        area.name(), new WKBWriter().write(area.outline())}).toList());
        fillDirectory(areas);
        return new AreaRevision(id, label, district, importedAt, importedBy, subdistricts, communities);
    }

    /**
     * Inserts or updates the subdistricts and communities that unit grids refer to. Areas a
     * revision no longer has stay there, for the grid versions and cases filed under them.
     * A MultiPolygon area is kept there by its largest part (see ADR 0036).
     */
    private void fillDirectory(List<Area> areas) {
        jdbcTemplate.batchUpdate("""
                INSERT INTO grid_subdistrict (code, name, outline) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, outline = excluded.outline""",
                areas.stream().filter(area -> area.level() == AreaLevel.SUBDISTRICT)
                        .map(area -> new Object[] {area.code(), area.name(), wkb(area.outline())}).toList());
        jdbcTemplate.batchUpdate("""
                INSERT INTO grid_community (code, subdistrict_code, name, outline) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, outline = excluded.outline""",
                areas.stream().filter(area -> area.level() == AreaLevel.COMMUNITY)
                        .map(area -> new Object[] {area.code(), area.parentCode(), area.name(), wkb(area.outline())})
                        .toList());
    }

    private static byte[] wkb(Geometry outline) {
        return WkbPolygons.write(largestPart(outline));
    }

    static Polygon largestPart(Geometry outline) {
        Polygon largest = null;
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            Polygon part = (Polygon) outline.getGeometryN(i);
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        return largest;
    }

    private static int count(List<Area> areas, AreaLevel level) {
        return (int) areas.stream().filter(area -> area.level() == level).count();
    }

    private static Geometry read(byte[] wkb) {
        try {
            return new WKBReader(WGS84).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored area outline is not valid WKB", e);
        }
    }

    static Comparator<Area> byCode() {
        return Comparator.comparing(Area::code);
    }
}
