package org.gridloop.field.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the field app and its sync.
 *
 * @param maxAccuracyMeters the worst position accuracy a report may have unless the inspector
 *                          placed the point by hand
 * @param positionInterval  how often the app samples the position while its inspector is on duty
 */
@ConfigurationProperties("gridloop.field")
public record FieldProperties(@DefaultValue("50") double maxAccuracyMeters,
        @DefaultValue("30s") Duration positionInterval) {
}
