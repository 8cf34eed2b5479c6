package org.gridloop.grid.web;

import java.net.URI;
import java.util.List;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.internal.WorkGridManagement;
import org.gridloop.grid.internal.WorkGridManagement.VersionedWorkGrid;
import org.gridloop.grid.internal.WorkGridManagement.WorkGridChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work grids (责任网格) for administrators: the work grids of a subdistrict with their unit
 * grids and inspectors, the unit grids of the version in effect that belong to none, and the
 * creation, replacement and deletion of a work grid. An edit names the version it was based on;
 * a unit grid of another work grid is only moved when the request says {@code "move": true}.
 */
@RestController
@RequestMapping("/api/v1/work-grids")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WorkGridController {

    /** A work grid as the API shows it. */
    record WorkGridEntry(String code, String name, String subdistrictCode, int version, List<String> unitGrids,
            List<String> inspectors) {

        static WorkGridEntry of(VersionedWorkGrid versioned) {
            var work = versioned.workGrid();
            return new WorkGridEntry(work.code(), work.name(), work.subdistrictCode(), versioned.version(),
                    work.unitGrids().stream().map(GridCode::value).toList(), work.inspectors());
        }
    }

    /** A unit grid in no work grid. */
    record UnassignedEntry(String code, String communityCode, String communityName, String subdistrictCode) {
    }

    /** A request to create (every field) or replace (name, unit grids, inspectors, version, move) a work grid. */
    record WorkGridRequest(String code, String name, String subdistrictCode, List<String> unitGrids,
            List<String> inspectors, Integer version, Boolean move) {

        WorkGridChange change(String code) {
            return new WorkGridChange(code, name, subdistrictCode, unitGrids, inspectors, version,
                    Boolean.TRUE.equals(move));
        }
    }

    private final WorkGridManagement management;

    WorkGridController(WorkGridManagement management) {
        this.management = management;
    }

    @GetMapping
    List<WorkGridEntry> list(@RequestParam(required = false) String subdistrict) {
        return management.list(subdistrict).stream().map(WorkGridEntry::of).toList();
    }

    @GetMapping("/unassigned")
    List<UnassignedEntry> unassigned(@RequestParam(required = false) String subdistrict) {
        return management.unassigned(subdistrict).stream().map(WorkGridController::unassigned).toList();
    }

    @GetMapping("/{code}")
    WorkGridEntry workGrid(@PathVariable String code) {
        return WorkGridEntry.of(management.find(code));
    }

    @PostMapping
    ResponseEntity<WorkGridEntry> create(@RequestBody WorkGridRequest request) {
        WorkGridEntry created = WorkGridEntry.of(management.create(request.change(request.code())));
        return ResponseEntity.created(URI.create("/api/v1/work-grids/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    WorkGridEntry replace(@PathVariable String code, @RequestBody WorkGridRequest request) {
        return WorkGridEntry.of(management.replace(code, request.change(code)));
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code, @RequestParam(required = false) Integer version) {
        management.delete(code, version);
        return ResponseEntity.noContent().build();
    }

    private static UnassignedEntry unassigned(GridPlace place) {
        return new UnassignedEntry(place.grid().value(), place.communityCode(), place.communityName(),
                place.subdistrictCode());
    }
}
