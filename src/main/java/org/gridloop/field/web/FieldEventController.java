package org.gridloop.field.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.field.internal.FieldSync;
import org.gridloop.field.internal.LiveTasks;
import org.gridloop.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Live changes for the open field app: an event {@code tasks} whenever the inspector should sync. */
@RestController
@Tag(name = "Field sync")
class FieldEventController {

    private final LiveTasks live;

    FieldEventController(LiveTasks live) {
        this.live = live;
    }

    @Operation(summary = "Server-sent events: 'tasks' when the inspector's tasks or reports changed",
            description = "The first event comes at once; then one on every change, on any node.")
    @GetMapping(path = "/api/v1/field/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Actor actor) {
        FieldSync.requireInspector(actor);
        return live.open(actor.username());
    }
}
