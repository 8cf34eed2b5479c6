package org.gridloop.casework.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseImport;
import org.gridloop.casework.CaseImportRefused;
import org.gridloop.casework.ImportJob;
import org.gridloop.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The legacy import of cases (历史数据导入), for administrators: a CSV file in, every case of it
 * or none. The whole file is checked while the request waits, and a refused file is answered 400
 * with every fault by line and column. A file that passes is written at once, or in the
 * background when the request prefers {@code respond-async} (RFC 7240), to be followed at
 * {@code /api/v1/imports/{id}}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CaseImportController {

    /** The preference (RFC 7240) that asks for the import to go on in the background. */
    static final String RESPOND_ASYNC = "respond-async";

    /** An import done: its id and the cases it wrote. */
    record Imported(long id, long imported) {
    }

    /** An import started in the background: {@code done} of {@code total} cases written. */
    record Started(long id, String state, long done, long total) {
    }

    /**
     * Where an import stands: state RUNNING, DONE or FAILED, {@code done} of {@code total} cases
     * written (none is visible before DONE; none is kept once FAILED, with {@code failure} saying why).
     */
    record Progress(long id, String state, long done, long total, String requestedBy, OffsetDateTime requestedAt,
            OffsetDateTime finishedAt, String failure) {
    }

    /** One fault of a refused file: its line (1 is the header), the column at fault if any, why. */
    record LineError(int line, String field, String message) {
    }

    private final CaseImport imports;
    private final MessageSource messages;

    CaseImportController(CaseImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Operation(summary = "Import the cases of a CSV file, all or none",
            description = "The whole file is checked first (400 with every fault). Then 200 {id, imported} once "
                    + "written, or with 'Prefer: respond-async' 202 {id, state, done, total} at once, with "
                    + "Location: /api/v1/imports/{id}, the cases being written in the background.")
    @PostMapping(value = "/cases", consumes = {"text/csv", "text/plain"})
    ResponseEntity<?> importCases(@RequestBody(required = false) byte[] file,
            @Parameter(description = "respond-async to have the cases written in the background")
            @RequestHeader(name = "Prefer", required = false) List<String> prefer, Actor actor) {
        byte[] csv = file == null ? new byte[0] : file;
        if (!prefersAsync(prefer)) {
            ImportJob done = imports.importCases(csv, actor.username());
            return ResponseEntity.ok(new Imported(done.id(), done.done()));
        }
        ImportJob job = imports.startImport(csv, actor.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()))
                .header("Preference-Applied", RESPOND_ASYNC)
                .body(new Started(job.id(), job.state().name(), job.done(), job.total()));
    }

    @Operation(summary = "How far an import got")
    @GetMapping("/{id}")
    Progress progress(@PathVariable long id) {
        ImportJob job = imports.find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "caseImport.notFound", "No import has this id"));
        String failure = job.failure() == null ? null
                : messages.getMessage(job.failure(), null, job.failure(), LocaleContextHolder.getLocale());
        return new Progress(job.id(), job.state().name(), job.done(), job.total(), job.requestedBy(),
                CaseRepresentations.at(job.requestedAt()), CaseRepresentations.at(job.finishedAt()), failure);
    }

    /** Whether one of the preferences (RFC 7240: comma-separated, parameters after ';') is respond-async. */
    static boolean prefersAsync(List<String> prefer) {
        if (prefer == null) {
            return false;
        }
        for (String header : prefer) {
            for (String preference : header.split(",")) {
                String token = preference.split("[;=]", 2)[0].strip();
                if (token.equalsIgnoreCase(RESPOND_ASYNC)) {
                    return true;
                }
            }
        }
        return false;
    }

    @ExceptionHandler(CaseImportRefused.class)
    ResponseEntity<ProblemDetail> refused(CaseImportRefused refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("caseImport.refused", new Object[] {refusal.problems().size()},
                        "The file was not imported: " + refusal.problems().size() + " faults", locale));
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad request", locale));
        problem.setProperty("code", "caseImport.refused");
        List<LineError> errors = refusal.problems().stream()
                .map(fault -> new LineError(fault.line(), fault.field(), messages.getMessage(fault.messageCode(),
                        fault.arguments().toArray(), fault.defaultMessage(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
