package org.gridloop.grid.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.grid.internal.GridImportRefused;
import org.gridloop.grid.internal.GridVersionManagement;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit grids: one grid with its work grid and inspectors, the grid versions, the import of
 * a revision as a new version (administrators) and the export of a version as GeoJSON or CSV.
 */
@RestController
@RequestMapping("/api/v1/grids")
class GridController {

    /** One unit grid of the version in effect as the API shows it. */
    record GridEntry(String code, String communityCode, String communityName, String subdistrictCode,
            String subdistrictName, WorkGridEntry workGrid, List<String> inspectors) {
    }

    /** The work grid a unit grid belongs to. */
    record WorkGridEntry(String code, String name) {
    }

    private final GridDirectory directory;
    private final WorkGrids workGrids;
    private final GridVersionManagement management;
    private final ImportRefusals refusals;

    GridController(GridDirectory directory, WorkGrids workGrids, GridVersionManagement management,
            ImportRefusals refusals) {
        this.directory = directory;
        this.workGrids = workGrids;
        this.management = management;
        this.refusals = refusals;
    }

    @GetMapping("/{code}")
    GridEntry grid(@PathVariable String code) {
        GridPlace place = GridCode.isValid(code) ? directory.grid(new GridCode(code)).orElse(null) : null;
        if (place == null) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "grid.unknown", "No unit grid " + code, code);
        }
        WorkGrid work = workGrids.containing(place.grid()).orElse(null);
        return new GridEntry(place.grid().value(), place.communityCode(), place.communityName(),
                place.subdistrictCode(), place.subdistrictName(),
                work == null ? null : new WorkGridEntry(work.code(), work.name()),
                work == null ? List.of() : work.inspectors());
    }

    @GetMapping("/versions")
    List<GridVersion> versions() {
        return management.versions();
    }

    /**
     * Imports a revision: the request body is the file, GeoJSON or CSV ({@code format}, guessed
     * from the content when absent).
     */
    @PostMapping("/versions")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<GridVersion> importVersion(@RequestParam(required = false) String label,
            @RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String format,
            @RequestBody(required = false) byte[] file, Actor actor) {
        GridVersion version = management.importVersion(file == null ? null : new String(file, StandardCharsets.UTF_8),
                format, label, effectiveFrom, actor.username());
        return ResponseEntity.created(URI.create("/api/v1/grids/versions/" + version.id())).body(version);
    }

    @GetMapping("/versions/{id}")
    GridVersion version(@PathVariable int id) {
        return management.version(id);
    }

    /** The grids of a version (the one in effect when none is given) as GeoJSON or CSV. */
    @GetMapping("/export")
    ResponseEntity<String> export(@RequestParam(defaultValue = "geojson") String format,
            @RequestParam(required = false) Integer version) {
        GridVersion exported = management.version(version);
        boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "geojson" -> false;
            default -> throw DomainException.invalidField("format", "grid.import.format", "The format is geojson or csv");
        };
        String name = "grids-v" + exported.id() + (csv ? ".csv" : ".geojson");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : new MediaType("application", "geo+json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv ? management.exportCsv(exported.id()) : management.exportGeoJson(exported.id()));
    }

    @ExceptionHandler(GridImportRefused.class)
    ResponseEntity<ProblemDetail> refused(GridImportRefused refusal) {
        return refusals.problem(refusal);
    }
}
