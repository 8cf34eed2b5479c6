package org.gridloop.timing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.casework.Urgency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Looks the standards up in a snapshot of the database, for the scheme in force. The snapshot
 * reloads after every change saved on this node and at least every
 * {@code gridloop.timing.limits-refresh} (30 s) for changes saved on other nodes; since a
 * change takes effect from an instant, usually later, a node never applies a stale limit to a
 * stage that starts after the change took effect once it reloaded.
 */
@Service
class StoredTimeLimits implements TimeLimits {

    private final TimeLimitStore store;
    private final Categories categories;
    private final Clock clock;
    private final Duration refresh;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    StoredTimeLimits(TimeLimitStore store, Categories categories, Clock clock,
            @Value("${gridloop.timing.limits-refresh:30s}") Duration refresh) {
        this.store = store;
        this.categories = categories;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public TimeLimit stageLimit(CaseStage stage, Instant at) {
        return latest(snapshot().stages.getOrDefault(stage, List.of()), StageLimit::effectiveFrom, at).map(StageLimit::limit)
                .orElseThrow(() -> new IllegalStateException("No limit of stage " + stage + " in effect at " + at));
    }

    @Override
    public TimeLimit handlingLimit(CategoryKind kind, String categoryCode, String condition, Urgency urgency,
            Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(urgency, "urgency");
        String code = Objects.requireNonNull(categoryCode, "categoryCode").strip();
        String majorCode = categories.find(kind, code).map(Category::majorCode).orElse(code);
        String registrationCondition = condition == null || condition.isBlank() ? DEFAULT_CONDITION : condition.strip();
        Snapshot current = snapshot();
        for (String candidate : List.of(code, majorCode, "*")) {
            for (String candidateCondition : List.of(registrationCondition, DEFAULT_CONDITION)) {
                List<HandlingLimit> versions = current.handling.getOrDefault(
                        new HandlingKey(kind, candidate, candidateCondition, urgency), List.of());
                Optional<TimeLimit> found = latest(versions, HandlingLimit::effectiveFrom, at).map(HandlingLimit::limit);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("No handling limit of " + kind + " " + code + " in effect at " + at
                + " in scheme " + current.scheme);
    }

    /** The version in effect at {@code at} of versions sorted by the instant they take effect. */
    private static <L> Optional<L> latest(List<L> versions, Function<L, Instant> effectiveFrom, Instant at) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            L version = versions.get(i);
            if (!effectiveFrom.apply(version).isAfter(at)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * The current snapshot. A change saved on this node or another active scheme makes callers
     * wait for the reload; a snapshot that is merely old is reloaded by one caller while the
     * others go on with it.
     */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.changes != store.changes()
                || !current.scheme.equals(categories.activeScheme())) {
            reloading.lock();
            try {
                return reloadIf(this::outdated);
            } finally {
                reloading.unlock();
            }
        }
        Instant now = clock.instant();
        if ((now.isAfter(current.loadedAt.plus(refresh)) || now.isBefore(current.loadedAt)) && reloading.tryLock()) {
            try {
                return reloadIf(latest -> latest == current);
            } finally {
                reloading.unlock();
            }
        }
        return current;
    }

    private Snapshot reloadIf(Predicate<Snapshot> needed) {
        Snapshot current = snapshot;
        if (needed.test(current)) {
            current = load(categories.activeScheme());
            snapshot = current;
        }
        return current;
    }

    /** Whether the snapshot misses a change saved on this node or is of another scheme. */
    private boolean outdated(Snapshot current) {
        return current == null || current.changes != store.changes()
                || !current.scheme.equals(categories.activeScheme());
    }

    private Snapshot load(String scheme) {
        long changes = store.changes();
        Map<CaseStage, List<StageLimit>> stages = new EnumMap<>(CaseStage.class);
        for (StageLimit limit : store.stageLimits()) {
            stages.computeIfAbsent(limit.stage(), stage -> new ArrayList<>()).add(limit);
        }
        Map<HandlingKey, List<HandlingLimit>> handling = new HashMap<>();
        for (HandlingLimit limit : store.handlingLimits(scheme, null, null)) {
            handling.computeIfAbsent(new HandlingKey(limit.kind(), limit.categoryCode(), limit.condition(),
                    limit.urgency()), key -> new ArrayList<>()).add(limit);
        }
        handling.values().forEach(versions -> versions.sort(Comparator.comparing(HandlingLimit::effectiveFrom)));
        stages.values().forEach(versions -> versions.sort(Comparator.comparing(StageLimit::effectiveFrom)));
        return new Snapshot(scheme, changes, clock.instant(), stages, handling);
    }

    private record HandlingKey(CategoryKind kind, String categoryCode, String condition, Urgency urgency) {
    }

    private record Snapshot(String scheme, long changes, Instant loadedAt, Map<CaseStage, List<StageLimit>> stages,
            Map<HandlingKey, List<HandlingLimit>> handling) {
    }
}
