package org.gridloop.timing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.casework.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the handling limits of the scheme in force once per installation, in effect since
 * always: for each class the first limit readable from the catalog's examples (see
 * {@link LimitExamples}), as its normal (一般) limit under the {@code default} condition; then
 * the defaults per major class and for any class of {@code timing/handling-defaults.csv}, which
 * also give every urgent (紧急) limit.
 */
@Component
class TimeLimitSeed implements InitializingBean {

    static final String DEFAULTS = "timing/handling-defaults.csv";
    private static final Logger log = LoggerFactory.getLogger(TimeLimitSeed.class);

    private final TimeLimitStore store;
    private final SeedMarkers seeds;
    private final Categories categories;
    private final TransactionTemplate transaction;

    TimeLimitSeed(TimeLimitStore store, SeedMarkers seeds, Categories categories, TransactionTemplate transaction) {
        this.store = store;
        this.seeds = seeds;
        this.categories = categories;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        String scheme = categories.activeScheme();
        String marker = "handling-limits:" + scheme;
        if (seeds.seeded(marker)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            AtomicInteger fromExamples = new AtomicInteger();
            for (Category category : categories.active()) {
                String examples = categories.handlingTimeLimitExamples(category.kind(), category.code());
                LimitExamples.firstLimit(examples).ifPresent(limit -> {
                    store.save(new HandlingLimit(scheme, category.kind(), category.code(),
                            TimeLimits.DEFAULT_CONDITION, Urgency.NORMAL, limit, Instant.EPOCH, examples));
                    fromExamples.incrementAndGet();
                });
            }
            int defaults = seedDefaults(scheme);
            seeds.markSeeded(marker);
            log.info("Handling limits of {}: {} read from the catalog's examples, {} defaults", scheme,
                    fromExamples.get(), defaults);
        });
    }

    private int seedDefaults(String scheme) {
        int count = 0;
        String[] lines = read().strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            if (fields.length != 6) {
                throw new IllegalStateException(DEFAULTS + " line " + (i + 1) + " needs 6 fields");
            }
            if (fields[0].equals(scheme)) {
                store.save(new HandlingLimit(scheme, CategoryKind.valueOf(fields[1]), fields[2],
                        TimeLimits.DEFAULT_CONDITION, Urgency.valueOf(fields[3]),
                        new TimeLimit(Integer.parseInt(fields[4]), LimitUnit.valueOf(fields[5])), Instant.EPOCH,
                        DEFAULTS));
                count++;
            }
        }
        return count;
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(DEFAULTS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }
}
