package org.gridloop.casework.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.gridloop.Period;
import org.gridloop.casework.ImportFileExport;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The export of cases in the legacy import's format, for administrators: the file
 * {@code POST /api/v1/imports/cases} takes, written row by row straight to the response.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ImportFileExportController {

    private final ImportFileExport export;

    ImportFileExportController(ImportFileExport export) {
        this.export = export;
    }

    @Operation(summary = "Export cases as a legacy import file",
            description = "text/csv, UTF-8 without byte order mark, CRLF, under the import's header "
                    + "number,source,kind,category_code,lat,lon,reported_at,reporter,accepted_at,registered_at,"
                    + "dispatched_at,department,handled_at,checked_at,closed_at,final_status,returns: one row a "
                    + "case reported in the period (every case without one), in number order, times ISO-8601 at "
                    + "+08:00. Each step column holds the step's last time, cut where the status stands; "
                    + "department is that of the last dispatch and returns the approved returns. The format "
                    + "cannot hold reworks (only the last handling and the passed check are written), "
                    + "extensions, suspensions and resumes, earlier dispatches' departments, verifications, "
                    + "descriptions, photos, or who took any step but an inspector's report; an import of the "
                    + "file replays every step by the actor 'import'. Cases in a status the import refuses "
                    + "(verifying, return_requested, suspension_requested, suspended, merged) and self-handled "
                    + "cases are written as they are and refused by the import line by line. See ADR 57.")
    @GetMapping("/cases")
    void exportCases(@Parameter(description = "the period the cases were reported in: 2026-03-02, 2026-W10, "
            + "2026-03, 2026-Q1, 2026 or 2026-01-01..2026-03-31; absent for every case")
            @RequestParam(required = false) String period, HttpServletResponse response) throws IOException {
        Period reported = period == null || period.isBlank() ? null : Period.parse(period);
        String name = "cases" + (reported == null ? "" : "-" + reported.text()) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(reported, writer);
        writer.flush();
    }
}
