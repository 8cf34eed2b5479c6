package org.gridloop.intake;

/**
 * How a report reached the platform.
 */
public enum Channel {
    /** 监督员上报: an inspector's report from the field. */
    INSPECTOR(false),
    /** 12319 热线: a caller's report entered by an intake operator. */
    HOTLINE(true),
    /** 公众上报: a report from the public web page. */
    PUBLIC(true);

    private final boolean verificationRequired;

    Channel(boolean verificationRequired) {
        this.verificationRequired = verificationRequired;
    }

    /** Reports from the public must be verified on site by an inspector before they are accepted. */
    public boolean requiresVerification() {
        return verificationRequired;
    }
}
