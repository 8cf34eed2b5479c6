package org.gridloop.field.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this node ({@code GET /api/v1/field/events}), by inspector: each
 * gets an event {@value #EVENT} when the inspector's tasks or reports change, and then syncs.
 */
@Component
public class LiveTasks {

    static final String EVENT = "tasks";
    /** A stream ends after this long; the browser's EventSource reconnects by itself. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    /** A new stream of the inspector's changes, opened with a first event so the client syncs at once. */
    public SseEmitter open(String inspector) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        List<SseEmitter> own = streams.computeIfAbsent(inspector, name -> new CopyOnWriteArrayList<>());
        own.add(emitter);
        Runnable forget = () -> own.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        send(own, emitter);
        return emitter;
    }

    void wake(String inspector) {
        List<SseEmitter> own = streams.get(inspector);
        if (own != null) {
            own.forEach(emitter -> send(own, emitter));
        }
    }

    void wakeAll() {
        streams.keySet().forEach(this::wake);
    }

    private static void send(List<SseEmitter> own, SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().name(EVENT).data("changed"));
        } catch (IOException | IllegalStateException gone) {
            own.remove(emitter);
        }
    }
}
