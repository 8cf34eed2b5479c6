package org.gridloop.casework.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.gridloop.organization.WorkingDays;

/**
 * The working hours the demo's centers and departments act in: 09:00–12:00 and 14:00–18:00
 * (Asia/Shanghai) on the working days of the platform's calendar. Dates the calendar does not
 * cover (no working day within a week either side) fall back to Monday to Friday, so that a
 * demo started past the bundled holiday schedule still has working days.
 */
final class WorkingHours {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The working periods of a day, as minutes of the day: [start, end). */
    private static final int[][] PERIODS = {{9 * 60, 12 * 60}, {14 * 60, 18 * 60}};

    /** Working minutes in one working day. */
    static final int MINUTES_A_DAY = 7 * 60;

    private final WorkingDays days;
    private final Map<LocalDate, Boolean> working = new HashMap<>();

    WorkingHours(WorkingDays days) {
        this.days = days;
    }

    boolean isWorkingDay(LocalDate date) {
        return working.computeIfAbsent(date, this::lookUp);
    }

    private boolean lookUp(LocalDate date) {
        if (days.kind(date) != WorkingDays.Kind.DAY_OFF) {
            return true;
        }
        for (int offset = -7; offset <= 7; offset++) {
            if (offset != 0 && days.kind(date.plusDays(offset)) != WorkingDays.Kind.DAY_OFF) {
                return false;
            }
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The instant {@code minutes} working minutes after {@code from} (from the next working minute when outside). */
    Instant plus(Instant from, double minutes) {
        ZonedDateTime at = from.atZone(SHANGHAI);
        LocalDate date = at.toLocalDate();
        double minute = at.getHour() * 60 + at.getMinute() + at.getSecond() / 60.0;
        double left = Math.max(0, minutes);
        while (true) {
            if (isWorkingDay(date)) {
                for (int[] period : PERIODS) {
                    double start = Math.max(minute, period[0]);
                    if (start >= period[1]) {
                        continue;
                    }
                    if (start + left <= period[1]) {
                        return at(date, start + left);
                    }
                    left -= period[1] - start;
                    minute = period[1];
                }
            }
            date = date.plusDays(1);
            minute = 0;
        }
    }

    /** The working minute {@code offset} (0 to {@link #MINUTES_A_DAY}) of a working day. */
    Instant workingMinute(LocalDate date, double offset) {
        double morning = PERIODS[0][1] - PERIODS[0][0];
        return offset < morning ? at(date, PERIODS[0][0] + offset) : at(date, PERIODS[1][0] + offset - morning);
    }

    private static Instant at(LocalDate date, double minuteOfDay) {
        long seconds = Math.round(minuteOfDay * 60);
        return date.atTime(LocalTime.MIDNIGHT).atZone(SHANGHAI).plusSeconds(seconds).toInstant();
    }
}
