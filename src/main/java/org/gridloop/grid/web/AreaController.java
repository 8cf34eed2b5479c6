package org.gridloop.grid.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gridloop.grid.AreaRevision;
import org.gridloop.grid.internal.Area;
import org.gridloop.grid.internal.AreaManagement;
import org.gridloop.grid.internal.AreaManagement.AreaImport;
import org.gridloop.grid.internal.GridImportRefused;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrative areas (行政区划): the list of the current revision by level, its export as
 * GeoJSON, the revisions and the import of the district's areas (administrators).
 */
@RestController
@RequestMapping("/api/v1/areas")
class AreaController {

    /** One area as the API lists it. */
    record AreaEntry(String code, String level, String name, String parentCode) {
    }

    /** The outcome of an import. */
    record ImportEntry(AreaRevision revision, boolean changed) {
    }

    private final AreaManagement management;
    private final ImportRefusals refusals;

    AreaController(AreaManagement management, ImportRefusals refusals) {
        this.management = management;
        this.refusals = refusals;
    }

    @GetMapping
    List<AreaEntry> areas(@RequestParam(required = false) String level) {
        return management.areas(level).stream()
                .map(area -> new AreaEntry(area.code(), area.level().key(), area.name(), area.parentCode())).toList();
    }

    @GetMapping("/revisions")
    List<AreaRevision> revisions() {
        return management.revisions();
    }

    /** The areas of the current revision as a GeoJSON FeatureCollection the import reads back. */
    @GetMapping("/export")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(new MediaType("application", "geo+json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"areas.geojson\"")
                .body(management.exportGeoJson());
    }

    /**
     * Imports the district's areas: the request body is the file, GeoJSON or CSV ({@code format},
     * guessed from the content when absent). 201 with the new revision, or 200 with the current
     * one when the file changes nothing.
     */
    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<ImportEntry> importAreas(@RequestParam(required = false) String label,
            @RequestParam(required = false) String format, @RequestBody(required = false) byte[] file, Actor actor) {
        AreaImport result = management.importAreas(file == null ? null : new String(file, StandardCharsets.UTF_8),
                format, label, actor.username());
        ImportEntry entry = new ImportEntry(result.revision(), result.changed());
        return result.changed()
                ? ResponseEntity.created(URI.create("/api/v1/areas/revisions")).body(entry)
                : ResponseEntity.ok(entry);
    }

    @ExceptionHandler(GridImportRefused.class)
    ResponseEntity<ProblemDetail> refused(GridImportRefused refusal) {
        return refusals.problem(refusal);
    }

}
