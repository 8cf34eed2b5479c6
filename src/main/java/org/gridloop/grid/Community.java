package org.gridloop.grid;

/** A community (社区) with its 12-digit code (subdistrict code + 3 digits). */
public record Community(String code, String name) {
}
