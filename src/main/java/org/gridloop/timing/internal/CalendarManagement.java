package org.gridloop.timing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an administrator does with the working calendar: special days of a year, a year's
 * schedule imported as CSV, new versions of the working week. Every change is in force for the
 * next computation once committed. At the first start of an installation it loads the bundled
 * holidays ({@code timing/cn-holidays.csv}); later starts leave the stored calendar alone.
 */
@Service
public class CalendarManagement implements InitializingBean {

    static final String BUNDLED_HOLIDAYS = "timing/cn-holidays.csv";
    private static final Logger log = LoggerFactory.getLogger(CalendarManagement.class);
    private static final int MAX_NAME = 100;
    /** The object of the calendar's entries in the audit log. */
    private static final String AUDITED = "calendar";

    private final CalendarStore store;
    private final SeedMarkers seeds;
    private final CachedWorkingCalendars calendars;
    private final ApplicationEventPublisher events;

    CalendarManagement(CalendarStore store, SeedMarkers seeds, CachedWorkingCalendars calendars,
            ApplicationEventPublisher events) {
        this.store = store;
        this.seeds = seeds;
        this.calendars = calendars;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        if (!seeds.seeded(BUNDLED_HOLIDAYS)) {
            List<SpecialDay> days = HolidayFile.parse(bundledHolidays(), null);
            days.forEach(store::save);
            seeds.markSeeded(BUNDLED_HOLIDAYS);
            log.info("Working calendar: loaded {} special days from {}", days.size(), BUNDLED_HOLIDAYS);
        }
        calendars.rebuild();
    }

    public List<SpecialDay> specialDays(String year) {
        return store.specialDays(year(year));
    }

    public List<CalendarVersion> versions() {
        return store.versions();
    }

    @Transactional
    public SpecialDay putSpecialDay(String date, String kind, String name) {
        SpecialDay day = new SpecialDay(date(date), kind(kind), name(name));
        SpecialDay before = specialDay(day.date());
        store.save(day);
        events.publishEvent(AuditedChange.of(AUDITED, day.date().toString(), before == null ? "create" : "update",
                before, day));
        rebuildAfterCommit();
        return day;
    }

    @Transactional
    public void removeSpecialDay(String date) {
        LocalDate day = date(date);
        SpecialDay before = specialDay(day);
        if (!store.remove(day)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "timing.calendar.day.unknown",
                    "No special day on " + day, day);
        }
        events.publishEvent(AuditedChange.of(AUDITED, day.toString(), "delete", before, null));
        rebuildAfterCommit();
    }

    /** Replaces the special days of a year with those of a file in the format of the bundled one. */
    @Transactional
    public List<SpecialDay> importYear(String year, String csv) {
        int checkedYear = year(year);
        List<SpecialDay> days = HolidayFile.parse(csv == null ? "" : csv, checkedYear);
        int replaced = store.specialDays(checkedYear).size();
        store.removeYear(checkedYear);
        days.forEach(store::save);
        events.publishEvent(AuditedChange.of(AUDITED, String.valueOf(checkedYear), "import",
                java.util.Map.of("specialDays", replaced), java.util.Map.of("specialDays", days.size())));
        rebuildAfterCommit();
        return store.specialDays(checkedYear);
    }

    /** Adds a version of the working week; on the days it shares with older ones it wins. */
    @Transactional
    public CalendarVersion addVersion(CalendarVersion version) {
        if (version.validFrom().isBefore(CalendarTable.FIRST_DAY) || version.validFrom().isAfter(CalendarTable.LAST_DAY)) {
            throw DomainException.invalidField("validFrom", "timing.calendar.date.range",
                    "The date must be between 2000-01-01 and 2099-12-31");
        }
        if (store.hasVersionFrom(version.validFrom())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "timing.calendar.version.exists",
                    "A version already starts on " + version.validFrom(), version.validFrom());
        }
        long id = store.addVersion(version);
        CalendarVersion added = new CalendarVersion(id, version.name(), version.validFrom(), version.validTo(),
                version.week());
        events.publishEvent(AuditedChange.of(AUDITED, "version-" + id, "create", null, added));
        rebuildAfterCommit();
        return added;
    }

    private SpecialDay specialDay(LocalDate date) {
        return store.specialDays(date.getYear()).stream().filter(day -> day.date().equals(date)).findFirst()
                .orElse(null);
    }

    private void rebuildAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                synchronized (calendars) {
                    calendars.rebuild();
                }
            }
        });
    }

    /** Reads a date of the calendar's range, written yyyy-MM-dd. */
    public static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            if (date.isBefore(CalendarTable.FIRST_DAY) || date.isAfter(CalendarTable.LAST_DAY)) {
                throw DomainException.invalidField("date", "timing.calendar.date.range",
                        "The date must be between 2000-01-01 and 2099-12-31");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalidField("date", "timing.calendar.date.invalid", "A date is written yyyy-MM-dd");
        }
    }

    private static SpecialDay.Kind kind(String text) {
        try {
            return SpecialDay.Kind.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("kind", "timing.calendar.kind.invalid",
                    "The kind is HOLIDAY or WORKDAY");
        }
    }

    private static String name(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.invalidField("name", "timing.calendar.name.invalid",
                    "The name is required, at most 100 characters");
        }
        return name;
    }

    /** Reads a year of the calendar's range, 2000–2099. */
    public static int year(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            if (year >= CalendarTable.FIRST_DAY.getYear() && year <= CalendarTable.LAST_DAY.getYear()) {
                return year;
            }
        }
        throw DomainException.invalidField("year", "timing.calendar.year.invalid",
                "The year must be between 2000 and 2099");
    }

    private static String bundledHolidays() {
        try (InputStream in = new ClassPathResource(BUNDLED_HOLIDAYS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED_HOLIDAYS, e);
        }
    }
}
