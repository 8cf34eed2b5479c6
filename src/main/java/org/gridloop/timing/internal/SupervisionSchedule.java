package org.gridloop.timing.internal;

import org.gridloop.timing.Supervision;
import org.gridloop.timing.Supervision.ScanResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supervision scan every {@code gridloop.timing.scan-interval} (30 s) on every node;
 * {@code gridloop.timing.scan.enabled=false} turns it off on a node.
 */
@Component
@ConditionalOnProperty(name = "gridloop.timing.scan.enabled", matchIfMissing = true)
class SupervisionSchedule {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSchedule.class);

    private final Supervision supervision;

    SupervisionSchedule(Supervision supervision) {
        this.supervision = supervision;
    }

    @Scheduled(initialDelayString = "${gridloop.timing.scan-interval:PT30S}",
            fixedDelayString = "${gridloop.timing.scan-interval:PT30S}")
    void scan() {
        ScanResult result = supervision.scan();
        if (result.dueSoon() + result.overdue() > 0) {
            log.info("Supervision scan: {} due soon, {} overdue", result.dueSoon(), result.overdue());
        }
    }
}
