package org.gridloop.timing.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.WorkingCalendars;
import org.gridloop.timing.internal.CalendarManagement;
import org.gridloop.timing.internal.CalendarVersion;
import org.gridloop.timing.internal.SpecialDay;
import org.gridloop.timing.internal.TimeLimitManagement;
import org.gridloop.timing.internal.WorkingPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar for administrators: special days per year (one by one or a whole year
 * as CSV in the format {@code date,kind,name}), versions of the working week, and a due time
 * computed on the calendar in force to check an edit.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarController {

    /** A special day as the API shows and takes it; kind {@code HOLIDAY} or {@code WORKDAY}. */
    record SpecialDayEntry(String date, String kind, String name) {

        static SpecialDayEntry of(SpecialDay day) {
            return new SpecialDayEntry(day.date().toString(), day.kind().name(), day.name());
        }
    }

    /** A version of the working week: periods per weekday written {@code 09:00-12:00}. */
    record VersionEntry(Long id, String name, String validFrom, String validTo, Map<DayOfWeek, List<String>> week) {

        static VersionEntry of(CalendarVersion version) {
            Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
            version.week().forEach((day, periods) -> week.put(day, periods.stream().map(WorkingPeriod::toString).toList()));
            return new VersionEntry(version.id(), version.name(), version.validFrom().toString(),
                    version.validTo() == null ? null : version.validTo().toString(), week);
        }
    }

    /** A due time computed on the calendar in force. */
    record DueTime(Instant start, int amount, String unit, Instant dueAt) {
    }

    private final CalendarManagement calendar;
    private final WorkingCalendars calendars;

    CalendarController(CalendarManagement calendar, WorkingCalendars calendars) {
        this.calendar = calendar;
        this.calendars = calendars;
    }

    @GetMapping("/years/{year}/special-days")
    List<SpecialDayEntry> specialDays(@PathVariable String year) {
        return calendar.specialDays(year).stream().map(SpecialDayEntry::of).toList();
    }

    /** Replaces the special days of a year with a CSV file {@code date,kind,name}. */
    @PutMapping(path = "/years/{year}/special-days", consumes = {"text/csv", "text/plain"})
    List<SpecialDayEntry> importYear(@PathVariable String year, @RequestBody(required = false) String csv) {
        return calendar.importYear(year, csv).stream().map(SpecialDayEntry::of).toList();
    }

    @PutMapping("/special-days/{date}")
    SpecialDayEntry putSpecialDay(@PathVariable String date, @RequestBody SpecialDayEntry day) {
        return SpecialDayEntry.of(calendar.putSpecialDay(date, day.kind(), day.name()));
    }

    @DeleteMapping("/special-days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSpecialDay(@PathVariable String date) {
        calendar.removeSpecialDay(date);
    }

    @GetMapping("/versions")
    List<VersionEntry> versions() {
        return calendar.versions().stream().map(VersionEntry::of).toList();
    }

    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    VersionEntry addVersion(@RequestBody VersionEntry version) {
        return VersionEntry.of(calendar.addVersion(toVersion(version)));
    }

    @GetMapping("/due-time")
    DueTime dueTime(@RequestParam(required = false) String start, @RequestParam(required = false) Integer amount,
            @RequestParam(required = false) String unit) {
        Instant from = instant(start);
        TimeLimit limit = new TimeLimit(TimeLimitManagement.checkedAmount(amount),
                TimeLimitManagement.parse(LimitUnit.class, "unit", unit));
        return new DueTime(from, limit.amount(), limit.unit().name(), calendars.dueAt(from, limit));
    }

    private static CalendarVersion toVersion(VersionEntry entry) {
        String name = entry.name() == null || entry.name().isBlank() ? null : entry.name().strip();
        if (name == null || name.length() > 100) {
            throw DomainException.invalidField("name", "timing.calendar.name.invalid",
                    "The name is required, at most 100 characters");
        }
        LocalDate from = field("validFrom", entry.validFrom());
        LocalDate to = entry.validTo() == null || entry.validTo().isBlank() ? null : field("validTo", entry.validTo());
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        try {
            (entry.week() == null ? Map.<DayOfWeek, List<String>>of() : entry.week()).forEach((day, periods) -> {
                List<WorkingPeriod> parsed = new ArrayList<>();
                periods.forEach(period -> parsed.add(WorkingPeriod.parse(period)));
                week.put(day, parsed);
            });
            return new CalendarVersion(0, name, from, to, week);
        } catch (RuntimeException e) {
            throw new DomainException(DomainException.Kind.INVALID, "timing.calendar.version.invalid",
                    "Invalid version of the working week: " + e.getMessage(),
                    List.of(new DomainException.FieldProblem("week", "timing.calendar.period.invalid",
                            e.getMessage())), e.getMessage());
        }
    }

    private static LocalDate field(String field, String text) {
        try {
            return CalendarManagement.date(text);
        } catch (DomainException e) {
            throw DomainException.invalidField(field, e.messageCode(), e.getMessage());
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("start", "timing.calendar.start.invalid",
                    "An instant with its offset, e.g. 2026-03-02T09:00:00+08:00");
        }
    }
}
