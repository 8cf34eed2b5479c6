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
    PUBLIC(true),
    /** 短信: a text message from the public. */
    SMS(true),
    /** Open311: a report from an Open311 client of the public. */
    OPEN311(true),
    /** 视频监控: a problem spotted on a video surveillance feed by center staff. */
    VIDEO(false),
    /** 领导交办: a problem a leader handed to the center. */
    LEADER(false);

    private final boolean verificationRequired;

    Channel(boolean verificationRequired) {
        this.verificationRequired = verificationRequired;
    }

    /** Reports from the public must be verified on site by an inspector before they are accepted. */
    public boolean requiresVerification() {
        return verificationRequired;
    }
}
