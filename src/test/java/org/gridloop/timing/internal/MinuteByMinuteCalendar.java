package org.gridloop.timing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working calendar the naive way, one minute at a time from minute-aligned instants: the
 * reference the precomputed {@link CalendarTable} is checked and measured against.
 */
final class MinuteByMinuteCalendar {

    private final ZoneId zone;
    private final List<CalendarVersion> latestFirst;
    private final Map<LocalDate, SpecialDay> specialDays = new HashMap<>();

    MinuteByMinuteCalendar(ZoneId zone, List<CalendarVersion> versions, List<SpecialDay> days) {
        this.zone = zone;
        this.latestFirst = versions.stream().sorted(Comparator.comparing(CalendarVersion::validFrom).reversed()).toList();
        days.forEach(day -> specialDays.put(day.date(), day));
    }

    Instant dueAt(Instant start, long workingMinutes) {
        LocalDateTime minute = LocalDateTime.ofInstant(start, zone);
        long left = workingMinutes;
        while (left > 0) {
            if (working(minute)) {
                left--;
            }
            minute = minute.plusMinutes(1);
        }
        return minute.atZone(zone).toInstant();
    }

    long workingMinutesBetween(Instant start, Instant end) {
        long minutes = 0;
        for (LocalDateTime minute = LocalDateTime.ofInstant(start, zone); minute.atZone(zone).toInstant().isBefore(end);
                minute = minute.plusMinutes(1)) {
            if (working(minute)) {
                minutes++;
            }
        }
        return minutes;
    }

    private boolean working(LocalDateTime minute) {
        LocalDate date = minute.toLocalDate();
        CalendarVersion version = latestFirst.stream().filter(v -> v.covers(date)).findFirst().orElse(null);
        SpecialDay special = specialDays.get(date);
        if (version == null || special != null && special.kind() == SpecialDay.Kind.HOLIDAY) {
            return false;
        }
        List<WorkingPeriod> periods = special != null ? version.standardDay() : version.periods(date.getDayOfWeek());
        LocalTime time = minute.toLocalTime();
        return periods.stream().anyMatch(period -> !time.isBefore(period.start()) && time.isBefore(period.end()));
    }
}
