package org.gridloop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the API bearer tokens.
 *
 * @param lifetime   how long an issued token is accepted
 * @param signingKey a Base64 key of at least 32 bytes that overrides the key kept in the database
 * @param accountTtl how long a verified token's account is cached; a disabled account loses
 *                   access at most this late
 */
@ConfigurationProperties("gridloop.security.token")
record TokenProperties(
        @DefaultValue("12h") Duration lifetime,
        String signingKey,
        @DefaultValue("30s") Duration accountTtl) {
}
