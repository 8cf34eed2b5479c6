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
 * @param action for steps, the action counted, which the aggregate reads by its index; else {@code null}
 * @param where  the SQL condition, over {@code c} (the case) or {@code s} (the step) as the source
 *               has them; it may use the parameters {@code :from}, {@code :to} and {@code :now}
 */
record Measure(String name, Source source, String key, String time, String action, String where) {

    /** What a measure counts: cases, steps, or steps with their case. */
    enum Source {
        CASES("evaluation_case c", "c.number"),
        STEPS("evaluation_step s", "s.number"),
        STEPS_WITH_CASE("evaluation_step s JOIN evaluation_case c ON c.number = s.number", "s.number");

        final String from;
        final String number;

        Source(String from, String number) {
            this.from = from;
            this.number = number;
        }
    }

    static Measure cases(String name, String key, String time, String where) {
        return new Measure(name, Source.CASES, key, time, null, where);
    }

    /** Steps of the action that meet the condition over the step alone ({@code null}: every one). */
    static Measure steps(String name, String key, String action, String where) {
        return new Measure(name, Source.STEPS, key, "s.at", action, condition(action, where));
    }

    /** Steps of the action that meet a condition over the step and its case. */
    static Measure stepsWithCase(String name, String key, String action, String where) {
        return new Measure(name, Source.STEPS_WITH_CASE, key, "s.at", action, condition(action, where));
    }

    private static String condition(String action, String where) {
        return "s.action = '" + action + "'" + (where == null ? "" : " AND " + where);
    }
}
