package org.gridloop.timing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the working week, valid over a date range: the working periods of each weekday
 * (none on a rest day). Its standard working day is Monday's periods; make-up working days work
 * them, and a limit in working days counts their minutes per day.
 *
 * @param validTo the last day of validity, or {@code null} while open-ended
 */
public record CalendarVersion(long id, String name, LocalDate validFrom, LocalDate validTo,
        Map<DayOfWeek, List<WorkingPeriod>> week) {

    static final List<WorkingPeriod> DEFAULT_PERIODS = List.of(
            WorkingPeriod.parse("09:00-12:00"), WorkingPeriod.parse("14:00-18:00"));

    public CalendarVersion {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A calendar version ends before it starts");
        }
        Map<DayOfWeek, List<WorkingPeriod>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = new ArrayList<>(week.getOrDefault(day, List.of()));
            periods.sort(Comparator.comparing(WorkingPeriod::start));
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                    throw new IllegalArgumentException("Working periods overlap on " + day + ": " + periods);
                }
            }
            copy.put(day, List.copyOf(periods));
        }
        week = Map.copyOf(copy);
        if (week.get(DayOfWeek.MONDAY).isEmpty()) {
            throw new IllegalArgumentException("The standard working day (Monday) needs a working period");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public List<WorkingPeriod> periods(DayOfWeek day) {
        return week.get(day);
    }

    public List<WorkingPeriod> standardDay() {
        return week.get(DayOfWeek.MONDAY);
    }
}
