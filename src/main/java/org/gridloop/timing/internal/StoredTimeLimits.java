package org.gridloop.timing.internal;

import java.time.Instant;
import java.util.Objects;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.timing.Stage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.timing.Urgency;
import org.springframework.stereotype.Service;

/** Looks the standards up in the database, for the scheme in force. */
@Service
class StoredTimeLimits implements TimeLimits {

    private final TimeLimitStore store;
    private final Categories categories;

    StoredTimeLimits(TimeLimitStore store, Categories categories) {
        this.store = store;
        this.categories = categories;
    }

    @Override
    public TimeLimit stageLimit(Stage stage, Instant at) {
        return store.stageLimit(stage, at).map(StageLimit::limit)
                .orElseThrow(() -> new IllegalStateException("No limit of stage " + stage + " in effect at " + at));
    }

    @Override
    public TimeLimit handlingLimit(CategoryKind kind, String categoryCode, String condition, Urgency urgency,
            Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(urgency, "urgency");
        String code = Objects.requireNonNull(categoryCode, "categoryCode").strip();
        String majorCode = categories.find(kind, code).map(Category::majorCode).orElse(null);
        String registrationCondition = condition == null || condition.isBlank() ? DEFAULT_CONDITION : condition.strip();
        return store.handlingLimit(categories.activeScheme(), kind, code, majorCode, registrationCondition, urgency, at)
                .map(HandlingLimit::limit)
                .orElseThrow(() -> new IllegalStateException("No handling limit of " + kind + " " + code
                        + " in effect at " + at + " in scheme " + categories.activeScheme()));
    }
}
