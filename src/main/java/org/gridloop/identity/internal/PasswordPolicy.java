package org.gridloop.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gridloop.DomainException.FieldProblem;

/**
 * The rules a password chosen through the API or a page must meet: at least 10 characters, at
 * most 72 bytes (what the hash covers), neither equal to nor containing the username, and not
 * one of the common passwords of {@code identity/common-passwords.txt}. Seeded accounts (the
 * demo's and the configured first administrator) are not checked.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final String COMMON = "identity/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of common passwords. */
    static PasswordPolicy bundled() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> common.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(common);
    }

    /** The problems of the password for the username, each naming {@code field}; empty when it is fine. */
    List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem(field, "field.required", "required"));
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "identity.password.too-short", "at least 10 characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(new FieldProblem(field, "identity.password.too-long", "at most 72 bytes"));
        }
        if (password.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field, "identity.password.control", "no control characters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, "identity.password.username", "must not contain the username"));
        }
        if (common.contains(lower)) {
            problems.add(new FieldProblem(field, "identity.password.common", "too common"));
        }
        return problems;
    }
}
