package org.gridloop.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A calendar quarter of Asia/Shanghai, e.g. {@code 2026-Q3}: the period the demo history covers.
 *
 * @param firstDay the quarter's first day
 */
record HistoryQuarter(LocalDate firstDay) {

    /** The quarter the date lies in. */
    static HistoryQuarter of(LocalDate date) {
        return new HistoryQuarter(LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1));
    }

    /** The last quarter that ended before the date's own began. */
    static HistoryQuarter lastFullBefore(LocalDate date) {
        return of(of(date).firstDay().minusMonths(3));
    }

    /** The day after the quarter's last. */
    LocalDate endDay() {
        return firstDay.plusMonths(3);
    }

    Instant start() {
        return firstDay.atStartOfDay(WorkingHours.SHANGHAI).toInstant();
    }

    Instant end() {
        return endDay().atStartOfDay(WorkingHours.SHANGHAI).toInstant();
    }

    @Override
    public String toString() {
        return firstDay.getYear() + "-Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
    }
}
