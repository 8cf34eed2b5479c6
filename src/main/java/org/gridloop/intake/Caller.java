package org.gridloop.intake;

/**
 * The person who called the hotline. Private: never shown publicly.
 */
public record Caller(String name, String phone) {
}
