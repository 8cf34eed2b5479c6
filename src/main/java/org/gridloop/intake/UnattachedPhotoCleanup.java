package org.gridloop.intake;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes, every hour ({@code gridloop.photos.cleanup-interval}), the photos uploaded ahead of a
 * report that never came, once they are older than the retention (7 days by default).
 */
@Component
class UnattachedPhotoCleanup {

    private static final Logger log = LoggerFactory.getLogger(UnattachedPhotoCleanup.class);

    private final Photos photos;
    private final Clock clock;

    UnattachedPhotoCleanup(Photos photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${gridloop.photos.cleanup-interval:PT1H}",
            fixedDelayString = "${gridloop.photos.cleanup-interval:PT1H}")
    void removeOld() {
        int removed;
        int total = 0;
        do {
            removed = photos.removeUnattached(clock.instant().minus(photos.unattachedRetention()));
            total += removed;
        } while (removed > 0);
        if (total > 0) {
            log.info("Removed {} photos never attached to a report", total);
        }
    }
}
