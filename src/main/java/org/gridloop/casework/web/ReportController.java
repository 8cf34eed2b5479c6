package org.gridloop.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseManagement.Submitted;
import org.gridloop.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 上报: inspectors (and operators for hotline callers) report problems; each report becomes a
 * case.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportController {

    private final CaseManagement cases;

    ReportController(CaseManagement cases) {
        this.cases = cases;
    }

    @Operation(summary = "Report a problem",
            description = "Creates a case. The same clientId from the same user returns the first result again.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportReceipt> report(@RequestBody ReportRequest request, Actor actor) {
        return receipt(cases.submit(request.toSubmission(), List.of(), request.isSelfHandled(), actor));
    }

    @Operation(summary = "Report a problem with photos", description = "The report's fields as form fields, "
            + "photos (JPEG, PNG or WebP) as files named photos.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportReceipt> reportWithPhotos(@ModelAttribute ReportForm form,
            @RequestPart(name = "photos", required = false) List<MultipartFile> photos, Actor actor) {
        ReportRequest request = form.toRequest();
        return receipt(cases.submit(request.toSubmission(), bytes(photos), request.isSelfHandled(), actor));
    }

    static List<byte[]> bytes(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(file -> !file.isEmpty() || file.getOriginalFilename() != null).map(file -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static ResponseEntity<ReportReceipt> receipt(Submitted submitted) {
        CaseFile file = submitted.file();
        ReportReceipt receipt = ReportReceipt.of(file, !submitted.created());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + file.number().value())).body(receipt);
    }
}
