package org.gridloop.timing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.WorkingCalendars;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The platform's working calendar, precomputed in a {@link CalendarTable} that is rebuilt
 * whenever the stored calendar changes: at once for edits on this node, within
 * {@code gridloop.timing.calendar-refresh} (1 min) for edits on other nodes. Counts to the
 * second; fractions of a second of the start are dropped.
 */
@Service
class CachedWorkingCalendars implements WorkingCalendars {

    /** The time zone of the working calendar. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CalendarStore store;
    private volatile CalendarTable table;
    private volatile String fingerprint;

    CachedWorkingCalendars(CalendarStore store) {
        this.store = store;
    }

    /** Builds the table from the stored calendar again; later computations use the new one. */
    synchronized void rebuild() {
        String current = store.fingerprint();
        table = build(store.versions(), store.specialDays());
        fingerprint = current;
    }

    /** Rebuilds the table when another node changed the stored calendar. */
    @Scheduled(initialDelayString = "${gridloop.timing.calendar-refresh:PT1M}",
            fixedDelayString = "${gridloop.timing.calendar-refresh:PT1M}")
    void refreshIfChanged() {
        if (table != null && !store.fingerprint().equals(fingerprint)) {
            rebuild();
        }
    }

    static CalendarTable build(List<CalendarVersion> versions, List<SpecialDay> specialDays) {
        return new CalendarTable(ZONE, versions, specialDays);
    }

    CalendarTable table() {
        CalendarTable current = table;
        if (current == null) {
            throw new IllegalStateException("The working calendar is not loaded yet");
        }
        return current;
    }

    @Override
    public Instant dueAt(Instant start, TimeLimit limit) {
        return dueAt(table(), start, limit);
    }

    @Override
    public Duration elapsed(Instant start, Instant end, LimitUnit unit) {
        return elapsed(table(), start, end, unit);
    }

    @Override
    public Duration allowance(Instant start, TimeLimit limit) {
        return Duration.ofSeconds(allowedSeconds(table(), start.getEpochSecond(), limit));
    }

    @Override
    public Instant plus(Instant start, Duration time, LimitUnit unit) {
        long from = start.getEpochSecond();
        long seconds = time.getSeconds();
        return Instant.ofEpochSecond(unit.natural() ? from + seconds : table().dueEpochSecond(from, seconds));
    }

    static Instant dueAt(CalendarTable table, Instant start, TimeLimit limit) {
        long from = start.getEpochSecond();
        long seconds = allowedSeconds(table, from, limit);
        return Instant.ofEpochSecond(limit.unit().natural() ? from + seconds : table.dueEpochSecond(from, seconds));
    }

    static Duration elapsed(CalendarTable table, Instant start, Instant end, LimitUnit unit) {
        long from = start.getEpochSecond();
        long to = end.getEpochSecond();
        return Duration.ofSeconds(unit.natural() ? to - from : table.workingSecondsBetween(from, to));
    }

    private static long allowedSeconds(CalendarTable table, long startEpochSecond, TimeLimit limit) {
        int standardDayMinutes = limit.unit() == LimitUnit.WORKING_DAYS
                ? table.standardDaySeconds(startEpochSecond) / 60 : 0;
        return limit.unit().minutes(limit.amount(), standardDayMinutes) * 60;
    }
}
