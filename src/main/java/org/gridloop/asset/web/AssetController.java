package org.gridloop.asset.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetChange;
import org.gridloop.asset.internal.AssetExport;
import org.gridloop.asset.internal.AssetFiles;
import org.gridloop.asset.internal.AssetRecords;
import org.gridloop.asset.internal.AssetRefused;
import org.gridloop.asset.internal.AssetRegister;
import org.gridloop.grid.GridCode;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The asset register: read an asset and its history, search by grid, class and status; for
 * administrators, import a GeoJSON or CSV+WKT file of new assets (all or nothing) and export.
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets")
class AssetController {

    static final int MAX_PAGE_SIZE = 500;

    /** One page of assets. */
    record AssetListing(List<AssetRepresentation> items, long total, int page, int size) {
    }

    private final AssetRegister register;
    private final AssetRecords records;
    private final AssetExport export;
    private final AssetRefusals refusals;

    AssetController(AssetRegister register, AssetRecords records, AssetExport export, AssetRefusals refusals) {
        this.register = register;
        this.records = records;
        this.export = export;
        this.refusals = refusals;
    }

    @Operation(summary = "An asset of the register, removed ones too")
    @GetMapping("/{identifier}")
    AssetRepresentation get(@PathVariable String identifier) {
        return AssetRepresentation.of(register.find(identifier));
    }

    @Operation(summary = "The history of an asset, oldest first: who, when, what, before and after")
    @GetMapping("/{identifier}/history")
    List<AssetChange> history(@PathVariable String identifier) {
        return register.history(identifier);
    }

    @Operation(summary = "Assets by unit grid, class and status, by identifier")
    @GetMapping
    AssetListing list(@RequestParam(required = false) String grid,
            @RequestParam(name = "class", required = false) String classCode,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw DomainException.invalidField("page", "field.negative", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalidField("size", "asset.page-size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        AssetRecords.Page found = records.search(new AssetRecords.Filter(grid, classCode, status(status)), page, size);
        return new AssetListing(found.items().stream().map(AssetRepresentation::of).toList(), found.total(),
                found.page(), found.size());
    }

    @Operation(summary = "Import new assets from a GeoJSON FeatureCollection or CSV with a wkt column",
            description = "The format follows the Content-Type (application/geo+json, application/json, text/csv) "
                    + "unless format=geojson|csv is given. The whole file is checked first; any bad feature "
                    + "refuses it with every problem listed (index, identifier, field, message) and nothing written.")
    @PostMapping(path = "/import", consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE, "text/csv",
            MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<Map<String, Integer>> importFile(@RequestBody String content,
            @RequestParam(required = false) String format,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Actor actor) {
        AssetFiles.Format fileFormat = format != null ? AssetFiles.Format.parse(format)
                : contentType.contains("csv") || contentType.startsWith("text/plain") ? AssetFiles.Format.CSV
                : AssetFiles.Format.GEOJSON;
        AssetRegister.Imported imported = register.importFile(fileFormat, content, actor.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported.count()));
    }

    @Operation(summary = "Export the register (or one grid's assets) as GeoJSON or CSV with WKT")
    @GetMapping("/export")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    void exportFile(@RequestParam(defaultValue = "geojson") String format,
            @RequestParam(required = false) String grid, HttpServletResponse response) throws IOException {
        download(export, AssetFiles.Format.parse(format), grid, response);
    }

    @ExceptionHandler(AssetRefused.class)
    ResponseEntity<ProblemDetail> refused(AssetRefused refusal) {
        return refusals.problem(refusal);
    }

    /** Writes the file straight to the response, row by row. */
    static void download(AssetExport export, AssetFiles.Format format, String grid, HttpServletResponse response)
            throws IOException {
        String gridCode = grid == null || grid.isBlank() ? null : grid.strip();
        if (gridCode != null && !GridCode.isValid(gridCode)) {
            throw DomainException.invalidField("grid", "asset.export.grid", "not a unit grid code of 14 or 15 digits");
        }
        String name = "assets" + (gridCode == null ? "" : "-" + gridCode)
                + (format == AssetFiles.Format.CSV ? ".csv" : ".geojson");
        response.setContentType(format == AssetFiles.Format.CSV ? "text/csv;charset=UTF-8"
                : "application/geo+json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(format, gridCode, writer);
        writer.flush();
    }

    private static AssetStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Choices.parse(AssetStatus.class, text).orElseThrow(() -> DomainException.invalidField("status",
                "asset.status.choice", "The status is one of intact, damaged, lost, abandoned, removed"));
    }
}
