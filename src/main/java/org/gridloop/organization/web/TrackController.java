package org.gridloop.organization.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.organization.PositionSample;
import org.gridloop.organization.PositionSamples;
import org.gridloop.organization.internal.SamplePartitions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An inspector's track (轨迹) of a day, for its playback. */
@RestController
@Tag(name = "Map")
class TrackController {

    /**
     * A day's track, compact: one array per sample.
     *
     * @param start  the start of the day, Asia/Shanghai
     * @param points {@code [seconds since start, lat, lon, accuracyMeters or null]}, in time order
     */
    record Track(String username, LocalDate date, String start, List<Object[]> points) {
    }

    private final PositionSamples samples;
    private final Clock clock;

    TrackController(PositionSamples samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    @Operation(summary = "An inspector's track of a day (today by default)",
            description = "points: [seconds since the day's start in Asia/Shanghai, lat, lon, accuracyMeters|null].")
    @GetMapping("/api/v1/inspectors/{username}/track")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'ADMINISTRATOR')")
    Track track(@PathVariable String username, @RequestParam(required = false) String date) {
        LocalDate day = day(date);
        Instant start = day.atStartOfDay(SamplePartitions.ZONE).toInstant();
        List<Object[]> points = samples.track(username, day).stream()
                .map(sample -> point(start, sample)).toList();
        return new Track(username, day, day.atStartOfDay(SamplePartitions.ZONE).toOffsetDateTime().toString(), points);
    }

    private static Object[] point(Instant start, PositionSample sample) {
        long millis = Duration.between(start, sample.at()).toMillis();
        Object seconds = millis % 1000 == 0 ? (Object) (millis / 1000) : (Object) (millis / 1000.0);
        return new Object[] {seconds, sample.latitude(), sample.longitude(), sample.accuracyMeters()};
    }

    private LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return SamplePartitions.dayOf(clock.instant());
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField("date", "organization.attendance.date", "a date as yyyy-MM-dd");
        }
    }
}
