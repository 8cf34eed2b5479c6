package org.gridloop.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys that sign API tokens. The first node to start generates the key and stores it in
 * {@code identity_signing_key}; every node then reads the same one, so a token issued by one
 * node is accepted by all.
 */
@Component
class SigningKeys {

    static final String API_TOKEN = "api-token";
    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final TokenProperties properties;

    SigningKeys(JdbcClient jdbc, TokenProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The configured key if there is one, otherwise the stored key, created on first use. */
    byte[] apiTokenKey() {
        if (StringUtils.hasText(properties.signingKey())) {
            byte[] configured = Base64.getDecoder().decode(properties.signingKey().trim());
            if (configured.length < KEY_BYTES) {
                throw new IllegalStateException(
                        "gridloop.security.token.signing-key must hold at least " + KEY_BYTES + " bytes");
            }
            return configured;
        }
        byte[] generated = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(generated);
        jdbc.sql("INSERT INTO identity_signing_key (name, secret) VALUES (:name, :secret) ON CONFLICT (name) DO NOTHING")
                .param("name", API_TOKEN)
                .param("secret", generated)
                .update();
        return jdbc.sql("SELECT secret FROM identity_signing_key WHERE name = :name")
                .param("name", API_TOKEN)
                .query(byte[].class)
                .single();
    }
}
