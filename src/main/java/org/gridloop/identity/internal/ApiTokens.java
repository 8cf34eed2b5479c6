package org.gridloop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the self-contained bearer tokens of the API:
 * {@code base64url(username) "." issued-epoch-milliseconds "." expiry-epoch-seconds "."
 * base64url(HMAC-SHA256(key, first three parts))}. Verifying costs one HMAC over a few dozen
 * bytes: no password hashing, no database. The instant of issue lets an account cut off every
 * token issued before it was disabled or its password changed.
 */
class ApiTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(byte[] key, Clock clock, Duration lifetime) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token for the username, valid for the configured lifetime from now. */
    IssuedToken issue(String username) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = issuedAt.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "." + issuedAt.toEpochMilli() + "." + expiresAt.getEpochSecond();
        return new IssuedToken(payload + "." + ENCODER.encodeToString(sign(payload)), issuedAt, expiresAt);
    }

    /** Whom the token was issued to and when, or empty when it is malformed, tampered with or expired. */
    Optional<VerifiedToken> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        try {
            byte[] signature = DECODER.decode(parts[3]);
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            long expiry = Long.parseLong(parts[2]);
            if (clock.instant().getEpochSecond() >= expiry) {
                return Optional.empty();
            }
            return Optional.of(new VerifiedToken(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8),
                    Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A token, the instant it was issued and the instant it stops being accepted. */
    record IssuedToken(String token, Instant issuedAt, Instant expiresAt) {
    }

    /** What a valid token tells: the username and when the token was issued. */
    record VerifiedToken(String username, Instant issuedAt) {
    }
}
