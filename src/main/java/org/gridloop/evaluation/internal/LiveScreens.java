package org.gridloop.evaluation.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of the big screens on this node ({@code GET /api/v1/dashboard/stream}).
 * Each gets an event {@value #EVENT} with the {@link ScreenFigures} when it opens and whenever the
 * read model changed, at most once per {@link #THROTTLE} (the figures are counted once for every
 * stream), and a comment every {@link #HEARTBEAT} so that proxies keep a quiet stream open.
 */
@Component
public class LiveScreens {

    static final String EVENT = "figures";
    static final Duration THROTTLE = Duration.ofSeconds(1);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A stream ends after this long; the browser's EventSource reconnects by itself. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(LiveScreens.class);

    private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();
    private final PushThrottle throttle = new PushThrottle(THROTTLE);
    private final ScreenQueries queries;
    private final TaskScheduler scheduler;

    LiveScreens(ScreenQueries queries, TaskScheduler scheduler) {
        this.queries = queries;
        this.scheduler = scheduler;
    }

    /** A new stream, opened with the figures of now. */
    public SseEmitter open() {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        streams.add(emitter);
        Runnable forget = () -> streams.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        send(emitter, SseEmitter.event().name(EVENT).data(queries.now(), MediaType.APPLICATION_JSON));
        return emitter;
    }

    /** The read model changed (on this node or another): push fresh figures, throttled. */
    void changed() {
        long delay = throttle.changed(System.nanoTime());
        if (delay != PushThrottle.WAITING) {
            scheduler.schedule(this::push, scheduler.getClock().instant().plusNanos(delay));
        }
    }

    private void push() {
        throttle.pushing(System.nanoTime());
        if (streams.isEmpty()) {
            return;
        }
        ScreenFigures figures;
        try {
            figures = queries.now();
        } catch (RuntimeException failed) {
            log.warn("Counting the screen figures failed: {}", failed.getMessage());
            return;
        }
        streams.forEach(emitter -> send(emitter, SseEmitter.event().name(EVENT).data(figures,
                MediaType.APPLICATION_JSON)));
    }

    @Scheduled(fixedRateString = "PT15S")
    void heartbeat() {
        streams.forEach(emitter -> send(emitter, SseEmitter.event().comment("heartbeat")));
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            streams.remove(emitter);
        }
    }
}
