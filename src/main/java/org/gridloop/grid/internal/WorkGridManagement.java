package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.InspectorRoster;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.internal.GridIndex.IndexedGrid;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, replaces and deletes work grids (责任网格) for administrators. A request is checked
 * whole before anything is written: the unit grids exist in the grid version in effect and lie in
 * the work grid's subdistrict, the inspectors are active members of that subdistrict's team, and
 * at least one unit grid is given. A unit grid already in another work grid is only taken from it
 * when the request says {@code move}, and never when that would leave the other work grid empty.
 * Writes hold a lock on the work grid table for their transaction and compare the version the
 * edit was based on, so of two concurrent edits the second is refused (409) rather than lost; the
 * cached work grids (and the map layer derived from them) are read again after every write.
 */
@Service
public class WorkGridManagement {

    /** A work grid with the version of its stored state, which an edit must name. */
    public record VersionedWorkGrid(WorkGrid workGrid, int version) {
    }

    /**
     * What an administrator asks for: a new work grid (all fields) or the replacement of one
     * (name, unit grids and inspectors; the subdistrict is kept).
     *
     * @param version the version the edit was based on; required to replace
     * @param move    take unit grids that belong to another work grid from it
     */
    public record WorkGridChange(String code, String name, String subdistrictCode, List<String> unitGrids,
            List<String> inspectors, Integer version, boolean move) {
    }

    private static final Logger log = LoggerFactory.getLogger(WorkGridManagement.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final int MAX_NAME = 100;
    private static final String AUDITED = "work-grid";

    private final CachedWorkGrids workGrids;
    private final SpatialGridLookup lookup;
    private final ObjectProvider<InspectorRoster> roster;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    WorkGridManagement(CachedWorkGrids workGrids, SpatialGridLookup lookup, ObjectProvider<InspectorRoster> roster,
            JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.workGrids = workGrids;
        this.lookup = lookup;
        this.roster = roster;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.events = events;
    }

    /** The work grids of a subdistrict (every one when null) in code order. */
    public List<VersionedWorkGrid> list(String subdistrictCode) {
        String subdistrict = checkedSubdistrict(subdistrictCode, "subdistrict");
        return workGrids.all().stream()
                .filter(work -> subdistrict == null || work.subdistrictCode().equals(subdistrict))
                .map(work -> new VersionedWorkGrid(work, workGrids.version(work.code())))
                .toList();
    }

    /** One work grid; 404 when unknown. */
    public VersionedWorkGrid find(String code) {
        WorkGrid work = workGrids.find(code).orElseThrow(() -> unknown(code));
        return new VersionedWorkGrid(work, workGrids.version(code));
    }

    /** The unit grids of the version in effect, of a subdistrict (every one when null), in no work grid. */
    public List<GridPlace> unassigned(String subdistrictCode) {
        String subdistrict = checkedSubdistrict(subdistrictCode, "subdistrict");
        Version version = lookup.inEffect().orElse(null);
        if (version == null) {
            return List.of();
        }
        return version.grids().values().stream()
                .map(IndexedGrid::place)
                .filter(place -> subdistrict == null || place.subdistrictCode().equals(subdistrict))
                .filter(place -> workGrids.containing(place.grid()).isEmpty())
                .sorted(Comparator.comparing(place -> place.grid().value()))
                .toList();
    }

    /** The active inspectors of the subdistrict's team, who may be assigned to its work grids. */
    public List<String> team(String subdistrictCode) {
        return roster.getIfAvailable(() -> code -> List.of()).inspectors(subdistrictCode);
    }

    /** The subdistricts by code with their names, for pick lists. */
    public Map<String, String> subdistricts() {
        Map<String, String> subdistricts = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM grid_subdistrict ORDER BY code")
                .query(rs -> {
                    subdistricts.put(rs.getString("code"), rs.getString("name"));
                });
        return subdistricts;
    }

    /** Creates a work grid; 409 when the code is taken or a unit grid belongs elsewhere (without move). */
    public VersionedWorkGrid create(WorkGridChange change) {
        List<FieldProblem> invalid = new ArrayList<>();
        String code = change.code() == null ? "" : change.code().strip();
        if (!CODE.matcher(code).matches()) {
            invalid.add(new FieldProblem("code", "grid.work.field.code",
                    "A code of 1 to 32 letters, digits, - or _"));
        }
        String subdistrict = change.subdistrictCode() == null ? "" : change.subdistrictCode().strip();
        if (subdistrict.isEmpty() || !subdistricts().containsKey(subdistrict)) {
            invalid.add(new FieldProblem("subdistrictCode", "grid.work.field.subdistrict", "No such subdistrict"));
        }
        Checked checked = check(change, subdistrict, invalid);
        return write(() -> {
            if (storedVersion(code) != null) {
                throw new DomainException(Kind.CONFLICT, "grid.work.code-taken", "Work grid " + code + " exists",
                        List.of(new FieldProblem("code", "grid.work.field.code-taken", "The code is taken")), code);
            }
            takeUnitGrids(code, checked, change.move());
            jdbc.sql("INSERT INTO grid_work_grid (code, name, subdistrict_code, version) VALUES (:code, :name, :sub, 0)")
                    .param("code", code).param("name", checked.name()).param("sub", subdistrict).update();
            insertMembers(code, checked);
            events.publishEvent(AuditedChange.of(AUDITED, code, "create", null, audited(subdistrict, checked)));
            log.info("Work grid {} created with {} unit grids", code, checked.unitGrids().size());
        }, code);
    }

    /** Replaces the name, unit grids and inspectors of a work grid edited from the given version. */
    public VersionedWorkGrid replace(String code, WorkGridChange change) {
        WorkGrid current = workGrids.find(code).orElseThrow(() -> unknown(code));
        List<FieldProblem> invalid = new ArrayList<>();
        if (change.version() == null) {
            invalid.add(new FieldProblem("version", "grid.work.field.version",
                    "The version of the work grid the edit is based on is needed"));
        }
        Checked checked = check(change, current.subdistrictCode(), invalid);
        return write(() -> {
            Integer stored = storedVersion(code);
            if (stored == null) {
                throw unknown(code);
            }
            if (stored.intValue() != change.version().intValue()) {
                throw stale(code);
            }
            takeUnitGrids(code, checked, change.move());
            jdbc.sql("UPDATE grid_work_grid SET name = :name, version = version + 1 WHERE code = :code")
                    .param("name", checked.name()).param("code", code).update();
            jdbc.sql("DELETE FROM grid_work_grid_unit WHERE work_grid_code = :code").param("code", code).update();
            jdbc.sql("DELETE FROM grid_work_grid_inspector WHERE work_grid_code = :code").param("code", code).update();
            insertMembers(code, checked);
            events.publishEvent(AuditedChange.of(AUDITED, code, "update", audited(current),
                    audited(current.subdistrictCode(), checked)));
            log.info("Work grid {} replaced: {} unit grids, {} inspectors", code, checked.unitGrids().size(),
                    checked.inspectors().size());
        }, code);
    }

    /** Deletes a work grid; its unit grids become unassigned. With a version, only if it is still that one. */
    public void delete(String code, Integer version) {
        WorkGrid existing = workGrids.find(code).orElseThrow(() -> unknown(code));
        transactions.executeWithoutResult(status -> {
            lock();
            Integer stored = storedVersion(code);
            if (stored == null) {
                throw unknown(code);
            }
            if (version != null && stored.intValue() != version.intValue()) {
                throw stale(code);
            }
            jdbc.sql("DELETE FROM grid_work_grid WHERE code = :code").param("code", code).update();
            events.publishEvent(AuditedChange.of(AUDITED, code, "delete", audited(existing), null));
        });
        workGrids.reload();
        log.info("Work grid {} deleted", code);
    }

    /** A work grid as the audit log shows it. */
    private record AuditedWorkGrid(String name, String subdistrictCode, List<String> unitGrids,
            List<String> inspectors) {
    }

    private static AuditedWorkGrid audited(String subdistrictCode, Checked checked) {
        return new AuditedWorkGrid(checked.name(), subdistrictCode, checked.unitGrids(), checked.inspectors());
    }

    private static AuditedWorkGrid audited(WorkGrid workGrid) {
        return new AuditedWorkGrid(workGrid.name(), workGrid.subdistrictCode(),
                workGrid.unitGrids().stream().map(GridCode::value).toList(), workGrid.inspectors());
    }

    /** A change checked against the grids in effect and the team, before the transaction. */
    private record Checked(String name, List<String> unitGrids, List<String> inspectors) {
    }

    private Checked check(WorkGridChange change, String subdistrict, List<FieldProblem> invalid) {
        String name = change.name() == null ? "" : change.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            invalid.add(new FieldProblem("name", "grid.work.field.name", "A name of 1 to 100 characters is needed"));
        }
        List<String> requested = change.unitGrids() == null ? List.of() : change.unitGrids();
        if (requested.isEmpty()) {
            invalid.add(new FieldProblem("unitGrids", "grid.work.field.unit-grids-empty",
                    "A work grid has at least one unit grid"));
        }
        for (int i = 0; i < requested.size(); i++) {
            String unit = requested.get(i) == null ? "" : requested.get(i).strip();
            if (!GridCode.isValid(unit)) {
                invalid.add(new FieldProblem("unitGrids[" + i + "]", "grid.work.field.unit-grid-malformed",
                        "Not a unit grid code"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new DomainException(Kind.INVALID, "grid.work.invalid", "The work grid has invalid fields", invalid);
        }
        Map<String, IndexedGrid> grids = lookup.inEffect().map(Version::grids).orElse(Map.of());
        List<FieldProblem> unprocessable = new ArrayList<>();
        String first = null;
        String firstCode = null;
        Set<String> unitGrids = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String unit = requested.get(i).strip();
            IndexedGrid grid = grids.get(unit);
            String problem = null;
            if (grid == null) {
                problem = "grid.work.field.unit-grid-unknown";
            } else if (!grid.place().subdistrictCode().equals(subdistrict)) {
                problem = "grid.work.field.unit-grid-foreign";
            } else if (!unitGrids.add(unit)) {
                problem = "grid.work.field.unit-grid-repeated";
            }
            if (problem != null) {
                unprocessable.add(new FieldProblem("unitGrids[" + i + "]", problem, "Unit grid " + unit + " refused"));
                if (first == null) {
                    first = unit;
                    firstCode = problem.replace(".field.", ".");
                }
            }
        }
        List<String> team = team(subdistrict);
        List<String> requestedInspectors = change.inspectors() == null ? List.of() : change.inspectors();
        Set<String> inspectors = new TreeSet<>();
        for (int i = 0; i < requestedInspectors.size(); i++) {
            String inspector = requestedInspectors.get(i) == null ? "" : requestedInspectors.get(i).strip();
            String problem = !team.contains(inspector) ? "grid.work.field.inspector-foreign"
                    : !inspectors.add(inspector) ? "grid.work.field.inspector-repeated" : null;
            if (problem != null) {
                unprocessable.add(new FieldProblem("inspectors[" + i + "]", problem,
                        "Inspector " + inspector + " refused"));
                if (first == null) {
                    first = inspector;
                    firstCode = problem.replace(".field.", ".");
                }
            }
        }
        if (!unprocessable.isEmpty()) {
            throw new DomainException(Kind.UNPROCESSABLE, firstCode, "Refused: " + first, unprocessable, first,
                    subdistrict);
        }
        return new Checked(name, unitGrids.stream().sorted().toList(), List.copyOf(inspectors));
    }

    /**
     * Checks, under the table lock, that no requested unit grid belongs to another work grid, or
     * (with move) takes them from their work grids, raising their versions, unless one would be left empty.
     */
    private void takeUnitGrids(String code, Checked checked, boolean move) {
        Map<String, String> owners = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_grid_code, work_grid_code FROM grid_work_grid_unit "
                + "WHERE unit_grid_code IN (:units) AND work_grid_code <> :code ORDER BY unit_grid_code")
                .param("units", checked.unitGrids()).param("code", code)
                .query(rs -> {
                    owners.put(rs.getString(1), rs.getString(2));
                });
        if (owners.isEmpty()) {
            return;
        }
        List<String> requested = checked.unitGrids();
        if (!move) {
            var first = owners.entrySet().iterator().next();
            throw new DomainException(Kind.CONFLICT, "grid.work.unit-grid-taken",
                    "Unit grid " + first.getKey() + " belongs to work grid " + first.getValue(),
                    owners.keySet().stream().map(unit -> new FieldProblem(field(requested, unit),
                            "grid.work.field.unit-grid-taken", "The unit grid belongs to another work grid")).toList(),
                    first.getKey(), first.getValue());
        }
        Map<String, Integer> taken = new HashMap<>();
        owners.values().forEach(owner -> taken.merge(owner, 1, Integer::sum));
        for (var source : new TreeSet<>(taken.keySet())) {
            Integer left = jdbc.sql("SELECT count(*) FROM grid_work_grid_unit WHERE work_grid_code = :code")
                    .param("code", source).query(Integer.class).single();
            if (left - taken.get(source) <= 0) {
                String unit = owners.entrySet().stream().filter(entry -> entry.getValue().equals(source))
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
                throw new DomainException(Kind.UNPROCESSABLE, "grid.work.move-empties",
                        "Moving would leave work grid " + source + " without unit grids",
                        List.of(new FieldProblem(field(requested, unit), "grid.work.field.move-empties",
                                "Moving it would leave its work grid without unit grids")),
                        source, unit);
            }
        }
        jdbc.sql("DELETE FROM grid_work_grid_unit WHERE unit_grid_code IN (:units)")
                .param("units", List.copyOf(owners.keySet())).update();
        jdbc.sql("UPDATE grid_work_grid SET version = version + 1 WHERE code IN (:codes)")
                .param("codes", List.copyOf(taken.keySet())).update();
    }

    private static String field(List<String> unitGrids, String unit) {
        int index = unitGrids.indexOf(unit);
        return index < 0 ? "unitGrids" : "unitGrids[" + index + "]";
    }

    private void insertMembers(String code, Checked checked) {
        jdbcTemplate.batchUpdate("INSERT INTO grid_work_grid_unit (unit_grid_code, work_grid_code) VALUES (?, ?)",
                checked.unitGrids().stream().map(unit -> new Object[] {unit, code}).toList());
        jdbcTemplate.batchUpdate("INSERT INTO grid_work_grid_inspector (work_grid_code, inspector) VALUES (?, ?)",
                checked.inspectors().stream().map(inspector -> new Object[] {code, inspector}).toList());
    }

    private VersionedWorkGrid write(Runnable change, String code) {
        transactions.executeWithoutResult(status -> {
            lock();
            change.run();
        });
        workGrids.reload();
        return find(code);
    }

    /** One writer at a time; readers of the tables are not held up. */
    private void lock() {
        jdbc.sql("LOCK TABLE grid_work_grid IN SHARE ROW EXCLUSIVE MODE").update();
    }

    private Integer storedVersion(String code) {
        return jdbc.sql("SELECT version FROM grid_work_grid WHERE code = :code").param("code", code)
                .query(Integer.class).optional().orElse(null);
    }

    private String checkedSubdistrict(String subdistrictCode, String field) {
        if (subdistrictCode == null || subdistrictCode.isBlank()) {
            return null;
        }
        String code = subdistrictCode.strip();
        if (!subdistricts().containsKey(code)) {
            throw DomainException.invalidField(field, "grid.work.field.subdistrict", "No such subdistrict");
        }
        return code;
    }

    private static DomainException unknown(String code) {
        return new DomainException(Kind.NOT_FOUND, "grid.work.unknown", "No work grid " + code, code);
    }

    private static DomainException stale(String code) {
        return new DomainException(Kind.CONFLICT, "grid.work.stale",
                "Work grid " + code + " was changed meanwhile; reload it and edit again",
                List.of(new FieldProblem("version", "grid.work.field.stale", "The work grid was changed meanwhile")),
                code);
    }
}
