package org.gridloop.timing.web;

import java.time.Instant;
import java.util.List;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.identity.Actor;
import org.gridloop.timing.internal.HandlingLimit;
import org.gridloop.timing.internal.StageLimit;
import org.gridloop.timing.internal.TimeLimitManagement;
import org.gridloop.timing.internal.TimeLimitManagement.HandlingLimitChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The time-limit standards for administrators. Every version is listed; a change adds a version
 * taking effect at {@code effectiveFrom} (now when absent).
 */
@RestController
@RequestMapping("/api/v1/time-limits")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class TimeLimitController {

    /** A version of a stage limit. */
    record StageLimitEntry(String stage, int amount, String unit, Instant effectiveFrom) {

        static StageLimitEntry of(StageLimit limit) {
            return new StageLimitEntry(limit.stage().name(), limit.limit().amount(), limit.limit().unit().name(),
                    limit.effectiveFrom());
        }
    }

    /** A change of a stage limit. */
    record StageLimitChange(Integer amount, String unit, String effectiveFrom) {
    }

    /** A version of a handling limit; {@code categoryCode} is a class, a major class or {@code *}. */
    record HandlingLimitEntry(String scheme, String kind, String categoryCode, String condition, String urgency,
            int amount, String unit, Instant effectiveFrom, String source) {

        static HandlingLimitEntry of(HandlingLimit limit) {
            return new HandlingLimitEntry(limit.scheme(), limit.kind().name(), limit.categoryCode(), limit.condition(),
                    limit.urgency().name(), limit.limit().amount(), limit.limit().unit().name(), limit.effectiveFrom(),
                    limit.source());
        }
    }

    private final TimeLimitManagement limits;

    TimeLimitController(TimeLimitManagement limits) {
        this.limits = limits;
    }

    @GetMapping("/stages")
    List<StageLimitEntry> stageLimits() {
        return limits.stageLimits().stream().map(StageLimitEntry::of).toList();
    }

    @PutMapping("/stages/{stage}")
    StageLimitEntry setStageLimit(@PathVariable String stage, @RequestBody StageLimitChange change) {
        return StageLimitEntry.of(limits.setStageLimit(stage, change.amount(), change.unit(), change.effectiveFrom()));
    }

    @GetMapping("/handling")
    List<HandlingLimitEntry> handlingLimits(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String code) {
        CategoryKind categoryKind = kind == null || kind.isBlank() ? null
                : TimeLimitManagement.parse(CategoryKind.class, "kind", kind);
        return limits.handlingLimits(categoryKind, code).stream().map(HandlingLimitEntry::of).toList();
    }

    @PutMapping("/handling")
    HandlingLimitEntry setHandlingLimit(@RequestBody HandlingLimitChange change, Actor actor) {
        return HandlingLimitEntry.of(limits.setHandlingLimit(change, actor.username()));
    }
}
