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
 * {@code base64url(username) "." expiry-epoch-seconds "." base64url(HMAC-SHA256(key, first two parts))}.
 * Verifying costs one HMAC over a few dozen bytes: no password hashing, no database.
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
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "." + expiresAt.getEpochSecond();
        return new IssuedToken(payload + "." + ENCODER.encodeToString(sign(payload)), expiresAt);
    }

    /** The username the token was issued to, or empty when it is malformed, tampered with or expired. */
    Optional<String> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int signatureStart = token.lastIndexOf('.');
        int expiryStart = token.lastIndexOf('.', signatureStart - 1);
        if (expiryStart <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, signatureStart);
        try {
            byte[] signature = DECODER.decode(token.substring(signatureStart + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            long expiry = Long.parseLong(token.substring(expiryStart + 1, signatureStart));
            if (clock.instant().getEpochSecond() >= expiry) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(token.substring(0, expiryStart)), StandardCharsets.UTF_8));
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

    /** A token and the instant it stops being accepted. */
    record IssuedToken(String token, Instant expiresAt) {
    }
}
