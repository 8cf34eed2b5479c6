package org.gridloop.field.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.field.internal.FieldSync;
import org.gridloop.field.internal.SyncCodec;
import org.gridloop.field.internal.SyncRequest;
import org.gridloop.field.internal.SyncResponse;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The field app's sync: one batch of queued reports, task results and position samples, each
 * answered on its own, and the inspector's task changes since the client's cursor
 * (docs/field-sync.md).
 */
@RestController
@RequestMapping("/api/v1/field/sync")
@Tag(name = "Field sync")
class SyncController {

    private static final MediaType COMPACT = MediaType.parseMediaType(SyncCodec.MEDIA_TYPE);

    private final FieldSync sync;

    SyncController(FieldSync sync) {
        this.sync = sync;
    }

    @Operation(summary = "Send queued work and fetch task changes",
            description = "Each report and result is answered accepted, duplicate or refused with the field at fault "
                    + "and a reason in the request's language; a replayed batch changes nothing.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    SyncResponse sync(@RequestBody SyncRequest request, Actor actor) {
        return sync.sync(request, actor);
    }

    @Operation(summary = "Send queued work and fetch task changes, compact",
            description = "The same model in the compact encoding " + SyncCodec.MEDIA_TYPE + " (docs/field-sync.md); "
                    + "the answer comes in it too unless Accept asks for JSON only. A malformed body is refused "
                    + "with 400 before any item is carried out.")
    @PostMapping(consumes = SyncCodec.MEDIA_TYPE)
    ResponseEntity<?> syncCompact(@RequestBody byte[] body,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Actor actor) {
        FieldSync.requireInspector(actor);
        SyncRequest request;
        try {
            request = SyncCodec.decodeRequest(body);
        } catch (RuntimeException corrupt) {
            throw DomainException.invalidField("body", "field.sync.corrupt", "not a compact sync message: "
                    + corrupt.getMessage());
        }
        SyncResponse response = sync.sync(request, actor);
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
        }
        return ResponseEntity.ok().contentType(COMPACT).body(SyncCodec.encode(response));
    }

    /** JSON only when the client names it and not the compact type. */
    private static boolean wantsJson(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(SyncCodec.MEDIA_TYPE);
    }
}
