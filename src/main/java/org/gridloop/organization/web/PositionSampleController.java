package org.gridloop.organization.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.identity.Actor;
import org.gridloop.organization.PositionIngest;
import org.gridloop.organization.PositionSample;
import org.gridloop.organization.PositionSamples;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Batches of position samples from the inspectors' field apps, in plain JSON. */
@RestController
@Tag(name = "Map")
class PositionSampleController {

    /** A batch as a client sends it. */
    record Batch(List<Sample> samples) {
    }

    /** @param at the device's time with its offset, e.g. {@code 2026-03-02T09:00:00+08:00} */
    record Sample(String at, Double lat, Double lon, Double accuracyMeters) {
    }

    record Answer(int accepted, List<Refusal> refused) {
    }

    /** A refused sample: its index in the batch, the field at fault and why, in the request's language. */
    record Refusal(int index, String field, String reason) {
    }

    private final PositionSamples samples;
    private final MessageSource messages;

    PositionSampleController(PositionSamples samples, MessageSource messages) {
        this.samples = samples;
        this.messages = messages;
    }

    @Operation(summary = "Send a batch of position samples (inspectors' field app)",
            description = "Each sample at the device's time (ISO 8601 with offset), lat and lon in degrees (WGS-84), "
                    + "accuracyMeters optional, 0–10000. Samples older than 7 days, more than 2 minutes ahead or "
                    + "with impossible values are refused one by one and the others kept; a sample already sent "
                    + "(same time) counts as accepted and is stored once. At most 5,000 samples.")
    @PostMapping(path = "/api/v1/inspectors/positions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('INSPECTOR')")
    Answer ingest(@RequestBody Batch batch, Actor actor) {
        List<PositionSample> given = batch.samples() == null ? null : batch.samples().stream()
                .map(sample -> sample == null ? null
                        : new PositionSample(instant(sample.at()), sample.lat(), sample.lon(), sample.accuracyMeters()))
                .toList();
        PositionIngest ingest = samples.ingest(actor.username(), given);
        return new Answer(ingest.accepted(), ingest.refused().stream()
                .map(refused -> new Refusal(refused.index(), refused.field(), messages.getMessage(
                        refused.messageCode(), null, refused.message(), LocaleContextHolder.getLocale())))
                .toList());
    }

    private static Instant instant(String at) {
        if (at == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
