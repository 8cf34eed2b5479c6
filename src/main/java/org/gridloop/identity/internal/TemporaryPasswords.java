package org.gridloop.identity.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Draws temporary passwords (临时密码): 12 random letters and digits without the look-alikes
 * (0/O, 1/l/I), meeting the password policy; to be changed at the first sign-in.
 */
@Component
class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;

    private final PasswordPolicy policy = PasswordPolicy.bundled();
    private final SecureRandom random = new SecureRandom();

    String draw(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (policy.check("password", username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
