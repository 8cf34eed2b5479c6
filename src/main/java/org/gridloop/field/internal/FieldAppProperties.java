package org.gridloop.field.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the field app.
 *
 * @param accuracyLimitMeters a report whose device position is less accurate than this is
 *                            refused unless the inspector places the pin by hand
 */
@ConfigurationProperties("gridloop.field.app")
public record FieldAppProperties(@DefaultValue("50") double accuracyLimitMeters) {
}
