package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work grids stored in {@code grid_work_grid} and its member tables, held in memory as one
 * immutable snapshot that is read again after every change ({@link #replaceSubdistrict}) and
 * at start, and within {@code gridloop.grid.refresh} (1 min) of a change on another node.
 * Readers never see a half-loaded snapshot.
 */
@Service
class CachedWorkGrids implements WorkGrids, SmartInitializingSingleton {

    private record Snapshot(Map<String, WorkGrid> byCode, Map<String, WorkGrid> byUnitGrid,
            Map<String, List<WorkGrid>> byInspector, Map<String, Integer> versions) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
    private volatile String fingerprint;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of());

    CachedWorkGrids(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public Optional<WorkGrid> containing(GridCode unitGrid) {
        return Optional.ofNullable(snapshot.byUnitGrid().get(unitGrid.value()));
    }

    @Override
    public List<WorkGrid> assignedTo(String inspector) {
        return snapshot.byInspector().getOrDefault(inspector, List.of());
    }

    /** Every work grid in code order. */
    List<WorkGrid> all() {
        return List.copyOf(snapshot.byCode().values());
    }

    Optional<WorkGrid> find(String code) {
        return Optional.ofNullable(snapshot.byCode().get(code));
    }

    /** The version of a work grid's stored state, raised by every change of it; 0 when unknown. */
    int version(String code) {
        return snapshot.versions().getOrDefault(code, 0);
    }

    boolean isEmpty() {
        return snapshot.byCode().isEmpty();
    }

    /** Runs the listener after every reload, e.g. to drop what was derived from the work grids. */
    void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /**
     * Replaces the work grids of a subdistrict with the given ones, all or nothing, then reloads.
     */
    @Transactional
    void replaceSubdistrict(String subdistrictCode, List<WorkGrid> workGrids) {
        jdbc.sql("DELETE FROM grid_work_grid WHERE subdistrict_code = :subdistrict")
                .param("subdistrict", subdistrictCode).update();
        jdbcTemplate.batchUpdate("INSERT INTO grid_work_grid (code, name, subdistrict_code) VALUES (?, ?, ?)",
                workGrids.stream().map(work -> new Object[] {work.code(), work.name(), subdistrictCode}).toList());
        jdbcTemplate.batchUpdate("INSERT INTO grid_work_grid_unit (unit_grid_code, work_grid_code) VALUES (?, ?)",
                workGrids.stream().flatMap(work -> work.unitGrids().stream()
                        .map(unit -> new Object[] {unit.value(), work.code()})).toList());
        jdbcTemplate.batchUpdate("INSERT INTO grid_work_grid_inspector (work_grid_code, inspector) VALUES (?, ?)",
                workGrids.stream().flatMap(work -> work.inspectors().stream()
                        .map(inspector -> new Object[] {work.code(), inspector})).toList());
    }

    /** Reloads the work grids when another node changed them, within {@code gridloop.grid.refresh} (1 min). */
    @Scheduled(initialDelayString = "${gridloop.grid.refresh:PT1M}", fixedDelayString = "${gridloop.grid.refresh:PT1M}")
    void refreshIfChanged() {
        if (fingerprint != null && !fingerprint().equals(fingerprint)) {
            reload();
        }
    }

    /** Changes with every stored change of a work grid, its unit grids or its inspectors. */
    private String fingerprint() {
        return jdbc.sql("""
                SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(code || '@' || version, ',' ORDER BY code)), '')
                          FROM grid_work_grid)
                    || '/' || (SELECT count(*) FROM grid_work_grid_unit)
                    || '/' || (SELECT count(*) FROM grid_work_grid_inspector)""").query(String.class).single();
    }

    /** Reads all work grids again and swaps the snapshot; one reload at a time, so the last one wins. */
    synchronized void reload() {
        String current = fingerprint();
        Map<String, List<GridCode>> units = new HashMap<>();
        jdbc.sql("SELECT work_grid_code, unit_grid_code FROM grid_work_grid_unit ORDER BY unit_grid_code")
                .query(rs -> {
                    units.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(new GridCode(rs.getString(2)));
                });
        Map<String, List<String>> inspectors = new HashMap<>();
        jdbc.sql("SELECT work_grid_code, inspector FROM grid_work_grid_inspector ORDER BY inspector")
                .query(rs -> {
                    inspectors.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, WorkGrid> byCode = new LinkedHashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT code, name, subdistrict_code, version FROM grid_work_grid ORDER BY code")
                .query(rs -> {
                    String code = rs.getString("code");
                    versions.put(code, rs.getInt("version"));
                    byCode.put(code, new WorkGrid(code, rs.getString("name"), rs.getString("subdistrict_code"),
                            units.getOrDefault(code, List.of()), inspectors.getOrDefault(code, List.of())));
                });
        Map<String, WorkGrid> byUnitGrid = new HashMap<>();
        Map<String, List<WorkGrid>> byInspector = new HashMap<>();
        for (WorkGrid work : byCode.values()) {
            work.unitGrids().forEach(unit -> byUnitGrid.put(unit.value(), work));
            work.inspectors().forEach(inspector -> byInspector.computeIfAbsent(inspector, name -> new ArrayList<>())
                    .add(work));
        }
        byInspector.replaceAll((inspector, list) -> list.stream()
                .sorted(Comparator.comparing(WorkGrid::code)).toList());
        snapshot = new Snapshot(byCode, byUnitGrid, byInspector, versions);
        fingerprint = current;
        reloadListeners.forEach(Runnable::run);
    }
}
