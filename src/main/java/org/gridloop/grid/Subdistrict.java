package org.gridloop.grid;

/** A subdistrict (街道) with its 9-digit code. */
public record Subdistrict(String code, String name) {
}
