package org.gridloop.timing.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working calendar precomputed for 2000–2099, so that due times cost a few array reads.
 *
 * <p>Every day of the range has an index; {@code cumulative[i]} holds the working seconds from
 * the start of the range to the start of day {@code i}, and {@code patternOfDay[i]} points at the
 * day's working periods (seconds of the day, shared between days with equal periods). The
 * working position of an instant is the cumulative value of its day plus the working seconds
 * of the day before it; a due time is the first instant whose position reaches the start's
 * position plus the limit, found by an exponential search from the start's day. Nothing is
 * allocated on these paths. The time zone must keep one offset over the range (China has had no
 * daylight saving time since 1991); an edit of the calendar builds a new table.
 */
final class CalendarTable {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    private static final int SECONDS_PER_DAY = 86_400;

    private final long firstEpochDay;
    private final int dayCount;
    private final int offsetSeconds;
    private final long[] cumulative;
    private final short[] patternOfDay;
    private final int[][] periodStarts;
    private final int[][] periodEnds;
    private final int[] standardDaySeconds;
    private final BitSet makeUpDays = new BitSet();

    CalendarTable(ZoneId zone, List<CalendarVersion> versions, Collection<SpecialDay> specialDays) {
        this.firstEpochDay = FIRST_DAY.toEpochDay();
        this.dayCount = (int) (LAST_DAY.toEpochDay() - firstEpochDay + 1);
        this.offsetSeconds = fixedOffsetSeconds(zone);
        this.cumulative = new long[dayCount + 1];
        this.patternOfDay = new short[dayCount];
        this.standardDaySeconds = new int[dayCount];
        Map<LocalDate, SpecialDay> special = new HashMap<>();
        specialDays.forEach(day -> special.put(day.date(), day));
        List<CalendarVersion> latestFirst = new ArrayList<>(versions);
        latestFirst.sort(Comparator.comparing(CalendarVersion::validFrom).reversed());
        Map<List<WorkingPeriod>, Short> patterns = new HashMap<>();
        List<List<WorkingPeriod>> patternList = new ArrayList<>();
        for (int i = 0; i < dayCount; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstEpochDay + i);
            CalendarVersion version = versionOn(latestFirst, date);
            SpecialDay specialDay = special.get(date);
            List<WorkingPeriod> periods = periodsOn(version, date, specialDay);
            if (specialDay != null && specialDay.kind() == SpecialDay.Kind.WORKDAY && !periods.isEmpty()) {
                makeUpDays.set(i);
            }
            Short pattern = patterns.get(periods);
            if (pattern == null) {
                pattern = (short) patternList.size();
                patterns.put(periods, pattern);
                patternList.add(periods);
            }
            patternOfDay[i] = pattern;
            standardDaySeconds[i] = version == null ? 0 : seconds(version.standardDay());
            cumulative[i + 1] = cumulative[i] + seconds(periods);
        }
        this.periodStarts = new int[patternList.size()][];
        this.periodEnds = new int[patternList.size()][];
        for (int p = 0; p < patternList.size(); p++) {
            periodStarts[p] = patternList.get(p).stream().mapToInt(WorkingPeriod::startSecond).toArray();
            periodEnds[p] = patternList.get(p).stream().mapToInt(WorkingPeriod::endSecond).toArray();
        }
    }

    /** Working seconds from the start of the range to the instant. */
    long position(long epochSecond) {
        long local = epochSecond + offsetSeconds;
        long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
        int day = index(epochDay);
        return cumulative[day] + workedBefore(patternOfDay[day], (int) (local - epochDay * SECONDS_PER_DAY));
    }

    /** Working seconds between two instants, negative when {@code end} is earlier. */
    long workingSecondsBetween(long startEpochSecond, long endEpochSecond) {
        return position(endEpochSecond) - position(startEpochSecond);
    }

    /** The first instant (epoch second) at which {@code workingSeconds} have passed since the start. */
    long dueEpochSecond(long startEpochSecond, long workingSeconds) {
        if (workingSeconds <= 0) {
            return startEpochSecond;
        }
        long target = position(startEpochSecond) + workingSeconds;
        int startDay = index(Math.floorDiv(startEpochSecond + offsetSeconds, SECONDS_PER_DAY));
        int day = firstDayReaching(startDay, target);
        long remaining = target - cumulative[day];
        int[] starts = periodStarts[patternOfDay[day]];
        int[] ends = periodEnds[patternOfDay[day]];
        int k = 0;
        while (remaining > ends[k] - starts[k]) {
            remaining -= ends[k] - starts[k];
            k++;
        }
        return (firstEpochDay + day) * SECONDS_PER_DAY - offsetSeconds + starts[k] + remaining;
    }

    /** The working seconds of the standard day of the version in force at the instant. */
    int standardDaySeconds(long epochSecond) {
        return standardDaySeconds[index(Math.floorDiv(epochSecond + offsetSeconds, SECONDS_PER_DAY))];
    }

    /** Whether the day is a working day (has working periods). */
    boolean isWorkingDay(LocalDate date) {
        int day = index(date.toEpochDay());
        return cumulative[day + 1] > cumulative[day];
    }

    /** Whether the day is a make-up working day (调休上班) of the calendar. */
    boolean isMakeUpDay(LocalDate date) {
        return makeUpDays.get(index(date.toEpochDay()));
    }

    /** The smallest day from {@code from} on whose end reaches the target position. */
    private int firstDayReaching(int from, long target) {
        if (cumulative[from + 1] >= target) {
            return from;
        }
        int below = from;
        int step = 1;
        int above = from + 1;
        while (above < dayCount && cumulative[above + 1] < target) {
            below = above;
            step <<= 1;
            above = from + step;
        }
        if (above >= dayCount) {
            above = dayCount - 1;
            if (cumulative[dayCount] < target) {
                throw new IllegalArgumentException("The due time falls after the calendar's range, " + LAST_DAY);
            }
        }
        while (above - below > 1) {
            int middle = (below + above) >>> 1;
            if (cumulative[middle + 1] >= target) {
                above = middle;
            } else {
                below = middle;
            }
        }
        return above;
    }

    private long workedBefore(int pattern, int secondOfDay) {
        int[] starts = periodStarts[pattern];
        int[] ends = periodEnds[pattern];
        long worked = 0;
        for (int k = 0; k < starts.length && secondOfDay > starts[k]; k++) {
            worked += Math.min(secondOfDay, ends[k]) - starts[k];
        }
        return worked;
    }

    private int index(long epochDay) {
        long day = epochDay - firstEpochDay;
        if (day < 0 || day >= dayCount) {
            throw new IllegalArgumentException("Outside the calendar's range " + FIRST_DAY + " – " + LAST_DAY + ": "
                    + LocalDate.ofEpochDay(epochDay));
        }
        return (int) day;
    }

    private static CalendarVersion versionOn(List<CalendarVersion> latestFirst, LocalDate date) {
        for (CalendarVersion version : latestFirst) {
            if (version.covers(date)) {
                return version;
            }
        }
        return null;
    }

    private static List<WorkingPeriod> periodsOn(CalendarVersion version, LocalDate date, SpecialDay special) {
        if (version == null || special != null && special.kind() == SpecialDay.Kind.HOLIDAY) {
            return List.of();
        }
        if (special != null) {
            return version.standardDay();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return version.periods(weekday);
    }

    private static int seconds(List<WorkingPeriod> periods) {
        return periods.stream().mapToInt(period -> period.endSecond() - period.startSecond()).sum();
    }

    private static int fixedOffsetSeconds(ZoneId zone) {
        Instant first = FIRST_DAY.atStartOfDay(zone).toInstant();
        ZoneOffsetTransition change = zone.getRules().nextTransition(first);
        if (change != null && change.getInstant().isBefore(LAST_DAY.plusDays(1).atStartOfDay(zone).toInstant())) {
            throw new IllegalArgumentException("The calendar's time zone changes its offset in its range: " + zone);
        }
        return zone.getRules().getOffset(first).getTotalSeconds();
    }
}
