package org.gridloop.field.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.field.internal.FieldSync;
import org.gridloop.field.internal.SyncRequest;
import org.gridloop.field.internal.SyncResponse;
import org.gridloop.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
}
