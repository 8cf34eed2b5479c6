package org.gridloop.evaluation.internal;

/** The arithmetic of the scorecards' rates. */
final class Rates {

    private Rates() {
    }

    /** part / whole as a fraction, {@code null} when the whole is 0. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** part / whole, {@code null} when the whole is 0 or unknown. */
    static Double rate(double part, Double whole) {
        return whole == null || whole == 0 ? null : part / whole;
    }

    /** A fraction as a percentage capped at 100, {@code null} stays {@code null}. */
    static Double percent(Double fraction) {
        return fraction == null ? null : Math.min(100, fraction * 100);
    }
}
