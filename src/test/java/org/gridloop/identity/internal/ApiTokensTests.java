package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ApiTokensTests {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-05T06:00:00Z");

    private final ApiTokens tokens = new ApiTokens(KEY, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @Test
    void verifiesTheTokenItIssuedAndNamesItsUser() {
        ApiTokens.IssuedToken issued = tokens.issue("handler-市政");

        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(tokens.verify(issued.token())).contains(new ApiTokens.VerifiedToken("handler-市政", NOW));
    }

    @Test
    void refusesATokenWhoseUsernameWasChanged() {
        String token = tokens.issue("operator").token();
        String forged = tokens.issue("admin").token().substring(0, token.indexOf('.'))
                + token.substring(token.indexOf('.'));

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void refusesATokenWhoseExpiryWasExtended() {
        String token = tokens.issue("operator").token();
        String[] parts = token.split("\\.");
        String extended = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3];

        assertThat(tokens.verify(extended)).isEmpty();
    }

    @Test
    void refusesATokenWhoseIssueWasMovedLater() {
        String[] parts = tokens.issue("operator").token().split("\\.");
        String moved = parts[0] + "." + (Long.parseLong(parts[1]) + 60_000) + "." + parts[2] + "." + parts[3];

        assertThat(tokens.verify(moved)).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        ApiTokens otherInstallation = new ApiTokens("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

        assertThat(tokens.verify(otherInstallation.issue("admin").token())).isEmpty();
    }

    @Test
    void refusesATokenOnceItExpired() {
        String token = tokens.issue("operator").token();
        ApiTokens later = new ApiTokens(KEY, Clock.fixed(NOW.plus(Duration.ofHours(12)), ZoneOffset.UTC),
                Duration.ofHours(12));

        assertThat(later.verify(token)).isEmpty();
    }

    @Test
    void refusesMalformedTokens() {
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dots")).isEmpty();
        assertThat(tokens.verify("a.b")).isEmpty();
        assertThat(tokens.verify("b3BlcmF0b3I.notanumber.c2ln")).isEmpty();
        assertThat(tokens.verify("b3BlcmF0b3I.1.2.3.c2ln")).isEmpty();
        assertThat(tokens.verify(".1.2.c2ln")).isEmpty();
        assertThat(tokens.verify("b3BlcmF0b3I.1.***")).isEmpty();
        assertThat(tokens.verify("x".repeat(600))).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }
}
