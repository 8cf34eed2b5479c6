package org.gridloop.timing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gridloop.AuditedChange;
import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.timing.LimitUnit;
import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.casework.Urgency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with the time-limit standards. A change is a new version taking
 * effect at a given instant (now by default, never in the past), so running stages keep the
 * standard they started under.
 */
@Service
public class TimeLimitManagement {

    /** Upper bound of an amount, whatever the unit. */
    static final int MAX_AMOUNT = 10_000;
    private static final int MAX_CONDITION = 64;

    private final TimeLimitStore store;
    private final Categories categories;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TimeLimitManagement(TimeLimitStore store, Categories categories, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.categories = categories;
        this.clock = clock;
        this.events = events;
    }

    public List<StageLimit> stageLimits() {
        return store.stageLimits();
    }

    /** The handling standards of the scheme in force, optionally of one kind and code. */
    public List<HandlingLimit> handlingLimits(CategoryKind kind, String categoryCode) {
        return store.handlingLimits(categories.activeScheme(), kind,
                categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip());
    }

    @Transactional
    public StageLimit setStageLimit(String stage, Integer amount, String unit, String effectiveFrom) {
        CaseStage limited = parse(CaseStage.class, "stage", stage);
        if (!TimeLimits.STAGES.contains(limited)) {
            throw DomainException.invalidField("stage", "timing.limit.stage.handling",
                    "Handling is limited per class: set a handling limit");
        }
        StageLimit limit = new StageLimit(limited, limit(amount, unit), effectiveFrom(effectiveFrom));
        store.save(limit);
        events.publishEvent(AuditedChange.of("time-limit", limited.name(), "create", null, limit));
        return limit;
    }

    @Transactional
    public HandlingLimit setHandlingLimit(HandlingLimitChange change, String administrator) {
        CategoryKind kind = parse(CategoryKind.class, "kind", change.kind());
        String code = categoryCode(kind, change.categoryCode());
        String condition = change.condition() == null || change.condition().isBlank()
                ? TimeLimits.DEFAULT_CONDITION : change.condition().strip();
        if (condition.length() > MAX_CONDITION) {
            throw DomainException.invalidField("condition", "timing.limit.condition.invalid",
                    "The registration condition has at most 64 characters");
        }
        HandlingLimit limit = new HandlingLimit(categories.activeScheme(), kind, code, condition,
                parse(Urgency.class, "urgency", change.urgency()), limit(change.amount(), change.unit()),
                effectiveFrom(change.effectiveFrom()), "set by " + administrator);
        store.save(limit);
        events.publishEvent(AuditedChange.of("time-limit", String.join("/", kind.name(), code, condition,
                limit.urgency().name()), "create", null, limit));
        return limit;
    }

    /** A change of a handling standard as an administrator sends it. */
    public record HandlingLimitChange(String kind, String categoryCode, String condition, String urgency,
            Integer amount, String unit, String effectiveFrom) {
    }

    private String categoryCode(CategoryKind kind, String text) {
        String code = text == null ? "" : text.strip();
        boolean known = HandlingLimit.ANY_CLASS.equals(code) || categories.find(kind, code).isPresent()
                || categories.active().stream().anyMatch(c -> c.kind() == kind && c.majorCode().equals(code));
        if (!known) {
            throw DomainException.invalidField("categoryCode", "timing.limit.category.unknown",
                    "Neither a class nor a major class of the active scheme, nor *");
        }
        return code;
    }

    private static TimeLimit limit(Integer amount, String unit) {
        return new TimeLimit(checkedAmount(amount), parse(LimitUnit.class, "unit", unit));
    }

    /** An amount of a limit: a whole number from 1 to {@value #MAX_AMOUNT}. */
    public static int checkedAmount(Integer amount) {
        if (amount == null || amount <= 0 || amount > MAX_AMOUNT) {
            throw DomainException.invalidField("amount", "timing.limit.amount.invalid",
                    "The amount is a whole number from 1 to 10000");
        }
        return amount;
    }

    private Instant effectiveFrom(String text) {
        Instant now = clock.instant();
        if (text == null || text.isBlank()) {
            return now;
        }
        try {
            Instant from = java.time.OffsetDateTime.parse(text.strip()).toInstant();
            if (from.isBefore(now.minusSeconds(60))) {
                throw DomainException.invalidField("effectiveFrom", "timing.limit.effective-from.past",
                        "A standard cannot take effect in the past");
            }
            return from;
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("effectiveFrom", "timing.limit.effective-from.invalid",
                    "An instant with its offset, e.g. 2027-01-01T00:00:00+08:00");
        }
    }

    /** Reads an enum constant, refusing anything else as a fault of the field. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        return Choices.parse(type, text).orElseThrow(() -> DomainException.invalidField(field,
                "timing.limit." + field + ".invalid", "Unknown " + field + ": " + text));
    }
}
