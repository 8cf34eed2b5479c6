package org.gridloop.identity.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused unchecked because its account or address must wait after failed ones. */
class SignInBlockedException extends LockedException {

    private final transient Duration wait;

    SignInBlockedException(Duration wait) {
        super("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long until the next attempt is checked, rounded up to a whole second. */
    long waitSeconds() {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
