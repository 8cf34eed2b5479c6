package org.gridloop.organization.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.gridloop.organization.WorkingDays;

/**
 * A team's shift schedule (排班): working periods per weekday in Asia/Shanghai. By default it
 * applies on the working days of the working calendar only: a holiday has no scheduled time, and
 * a make-up working day (调休上班) on a weekend works the periods of its own weekday if the
 * schedule has any, else those of the first weekday that has some, Monday first. Applied on
 * every day, it follows the weekdays alone.
 *
 * @param periods ordered by weekday and start, not overlapping within a weekday
 */
public record ShiftSchedule(boolean workingDaysOnly, List<Period> periods) {

    /** A working period of a weekday, {@code start} inclusive, {@code end} exclusive. */
    public record Period(DayOfWeek weekday, LocalTime start, LocalTime end) {
    }

    /** The default of a team that has none: no periods, on working days only. */
    public static final ShiftSchedule NONE = new ShiftSchedule(true, List.of());

    public ShiftSchedule {
        periods = periods.stream().sorted(Comparator.comparing(Period::weekday).thenComparing(Period::start)).toList();
    }

    /** The periods scheduled on the date, a day of the given kind, in order. */
    public List<Period> on(LocalDate date, WorkingDays.Kind kind) {
        DayOfWeek weekday = date.getDayOfWeek();
        if (!workingDaysOnly || kind == WorkingDays.Kind.WORKING_DAY) {
            return of(weekday);
        }
        if (kind == WorkingDays.Kind.DAY_OFF) {
            return List.of();
        }
        List<Period> own = of(weekday);
        return own.isEmpty() && !periods.isEmpty() ? of(periods.get(0).weekday()) : own;
    }

    /** The scheduled minutes of the date. */
    public int minutesOn(LocalDate date, WorkingDays.Kind kind) {
        return on(date, kind).stream()
                .mapToInt(period -> (period.end().toSecondOfDay() - period.start().toSecondOfDay()) / 60).sum();
    }

    private List<Period> of(DayOfWeek weekday) {
        return periods.stream().filter(period -> period.weekday() == weekday).toList();
    }
}
