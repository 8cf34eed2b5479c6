package org.gridloop.casework.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.casework.CaseImport;
import org.gridloop.casework.CaseImportRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legacy import of cases (历史数据导入), for administrators: a CSV file in, every case of it
 * or none. A refused file is answered 400 with every fault by line and column.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CaseImportController {

    /** The cases an import wrote. */
    record Imported(int imported) {
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

    @PostMapping(value = "/cases", consumes = {"text/csv", "text/plain"})
    Imported importCases(@RequestBody(required = false) byte[] file) {
        return new Imported(imports.importCases(file == null ? new byte[0] : file));
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
