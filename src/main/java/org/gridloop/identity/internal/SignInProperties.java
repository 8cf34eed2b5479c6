package org.gridloop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sign-in protection ({@link SignInThrottle}).
 *
 * @param accountFreeFailures failed sign-ins of one account allowed before the next must wait
 * @param addressFreeFailures failed sign-ins from one address allowed before the next must wait;
 *                            higher, since an office signs in from behind one address
 * @param firstWait           the wait after the first failure beyond the free ones; each further
 *                            failure doubles it
 * @param longestWait         the cap of the wait: reached, the account or address is locked
 * @param forgetAfter         failures older than this no longer count
 */
@ConfigurationProperties("gridloop.security.sign-in")
record SignInProperties(
        @DefaultValue("3") int accountFreeFailures,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("5s") Duration firstWait,
        @DefaultValue("15m") Duration longestWait,
        @DefaultValue("1h") Duration forgetAfter) {

    /** How long the next attempt must wait after the given number of failures. */
    Duration waitAfter(int failures, int freeFailures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 30) {
            return longestWait;
        }
        Duration wait = firstWait.multipliedBy(1L << (beyond - 1));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
