package org.gridloop.timing.internal;

import java.time.LocalTime;
import java.util.Objects;

/** A span of working time within a day, such as 09:00–12:00. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A working period ends after it starts: " + start + "–" + end);
        }
    }

    /** Parses {@code 09:00-12:00}. */
    public static WorkingPeriod parse(String text) {
        String[] bounds = text.trim().split("\\s*[-–]\\s*");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Not a working period: " + text);
        }
        return new WorkingPeriod(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
    }

    int startSecond() {
        return start.toSecondOfDay();
    }

    int endSecond() {
        return end.toSecondOfDay();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
