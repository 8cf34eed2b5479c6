package org.gridloop.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many photos may be uploaded and kept unattached ({@code gridloop.photos.*}).
 *
 * @param maxBytes            the largest photo
 * @param perReport           the most photos one report or one step carries
 * @param unattachedPerAccount the most photos an account may hold uploaded but not yet attached
 * @param unattachedBytesPerAccount the most bytes of those
 * @param unattachedRetention how long an unattached photo is kept: long enough for a field app
 *                            that uploads ahead and sends its report when it is online again
 */
@ConfigurationProperties("gridloop.photos")
public record PhotoLimits(@DefaultValue("8388608") long maxBytes, @DefaultValue("9") int perReport,
        @DefaultValue("60") int unattachedPerAccount, @DefaultValue("209715200") long unattachedBytesPerAccount,
        @DefaultValue("7d") Duration unattachedRetention) {
}
