package org.gridloop.field.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.field.internal.FieldSync;
import org.gridloop.field.internal.PhotoUploads;
import org.gridloop.field.internal.PhotoUploads.Progress;
import org.gridloop.field.internal.PhotoUploads.Stored;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Resumable photo upload of the field app, by the SHA-256 of the photo (docs/field-sync.md). */
@RestController
@RequestMapping("/api/v1/field/photos/{sha256}")
@Tag(name = "Field sync")
class FieldPhotoController {

    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String PHOTO_ID = "Photo-Id";

    private final PhotoUploads uploads;

    FieldPhotoController(PhotoUploads uploads) {
        this.uploads = uploads;
    }

    @Operation(summary = "How far the upload stands: Upload-Offset, or Photo-Id once stored")
    @RequestMapping(method = RequestMethod.HEAD)
    ResponseEntity<Void> progress(@PathVariable String sha256, Actor actor) {
        FieldSync.requireInspector(actor);
        Progress progress = uploads.progress(sha256, actor.username());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        progress.photoId().ifPresentOrElse(id -> answer.header(PHOTO_ID, id),
                () -> answer.header(UPLOAD_OFFSET, String.valueOf(progress.offset())));
        return answer.build();
    }

    @Operation(summary = "Send one chunk (Content-Range: bytes a-b/total, at most 256 KB)",
            description = "204 with Upload-Offset while more is expected; 201 {\"id\"} when this chunk completed "
                    + "and stored the photo; 200 {\"id\"} when the same content was stored before; 409 with "
                    + "Upload-Offset for a chunk not at the offset.")
    @PutMapping
    ResponseEntity<?> receive(@PathVariable String sha256,
            @RequestHeader(name = HttpHeaders.CONTENT_RANGE, required = false) String range,
            @RequestBody(required = false) byte[] chunk, Actor actor) {
        FieldSync.requireInspector(actor);
        try {
            return uploads.receive(sha256, actor.username(), range, chunk == null ? new byte[0] : chunk)
                    .<ResponseEntity<?>>map(FieldPhotoController::stored)
                    .orElseGet(() -> ResponseEntity.noContent().header(UPLOAD_OFFSET,
                            String.valueOf(uploads.progress(sha256, actor.username()).offset())).build());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.CONFLICT) {
                return ResponseEntity.status(HttpStatus.CONFLICT).header(UPLOAD_OFFSET,
                        String.valueOf(uploads.progress(sha256, actor.username()).offset())).build();
            }
            throw refusal;
        }
    }

    private static ResponseEntity<?> stored(Stored stored) {
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("id", stored.photoId()));
    }
}
