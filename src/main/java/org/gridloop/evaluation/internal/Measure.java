package org.gridloop.evaluation.internal;

/**
 * A count on a scorecard: the cases (or steps) of the read model whose time falls in the period
 * and that meet a condition, grouped by the object's key. The same definition counts a cell and
 * lists the cases behind it, so a cell and its drill-down always agree.
 *
 * @param name   the indicator's name in the API
 * @param source what is counted
 * @param key    the SQL expression of the object's key, e.g. {@code c.subdistrict_code}
 * @param time   the SQL expression of the instant that must fall in the period
 * @param where  the SQL condition, over {@code c} (the case) and, for steps, {@code s}; it may use
 *               the parameters {@code :from}, {@code :to} and {@code :now}
 */
record Measure(String name, Source source, String key, String time, String where) {

    /** What a measure counts: cases, or steps joined to their case. */
    enum Source {
        CASES("evaluation_case c"),
        STEPS("evaluation_step s JOIN evaluation_case c ON c.number = s.number");

        final String from;

        Source(String from) {
            this.from = from;
        }
    }

    static Measure cases(String name, String key, String time, String where) {
        return new Measure(name, Source.CASES, key, time, where);
    }

    static Measure steps(String name, String key, String where) {
        return new Measure(name, Source.STEPS, key, "s.at", where);
    }

    /** The same count keyed by another expression. */
    Measure keyedBy(String otherKey) {
        return new Measure(name, source, otherKey, time, where);
    }
}
