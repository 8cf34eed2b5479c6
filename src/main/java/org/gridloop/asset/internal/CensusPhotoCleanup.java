package org.gridloop.asset.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes, every hour, the census photos no proposal refers to once they are older than the
 * retention of unattached photos ({@code gridloop.photos.unattached-retention}, 7 days).
 */
@Component
class CensusPhotoCleanup {

    private static final Logger log = LoggerFactory.getLogger(CensusPhotoCleanup.class);

    private final CensusPhotos photos;
    private final Clock clock;
    private final Duration retention;

    CensusPhotoCleanup(CensusPhotos photos, Clock clock,
            @Value("${gridloop.photos.unattached-retention:7d}") Duration retention) {
        this.photos = photos;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${gridloop.photos.cleanup-interval:PT1H}",
            fixedDelayString = "${gridloop.photos.cleanup-interval:PT1H}")
    void removeOld() {
        int removed = photos.removeUnattached(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Removed {} census photos no proposal refers to", removed);
        }
    }
}
