package org.gridloop.timing.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that breaks the weekly pattern: an official holiday (a day off, even on a weekday) or a
 * make-up working day (调休上班, a working day, even on a weekend).
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

    /** Whether the day is off or on. */
    public enum Kind {
        /** 法定节假日: a day off. */
        HOLIDAY,
        /** 调休上班: a working day with the standard working periods. */
        WORKDAY
    }

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
