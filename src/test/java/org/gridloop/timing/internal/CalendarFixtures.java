package org.gridloop.timing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The default working calendar with the bundled holidays, as the installation seeds it. */
final class CalendarFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private CalendarFixtures() {
    }

    static CalendarVersion defaultVersion() {
        return version(1, LocalDate.of(2000, 1, 1), null, CalendarVersion.DEFAULT_PERIODS);
    }

    /** A version working the same periods Monday to Friday. */
    static CalendarVersion version(long id, LocalDate from, LocalDate to, List<WorkingPeriod> periods) {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, periods);
        }
        return new CalendarVersion(id, "version " + id, from, to, week);
    }

    static List<SpecialDay> bundledHolidays() {
        try (InputStream in = CalendarFixtures.class.getClassLoader()
                .getResourceAsStream(CalendarManagement.BUNDLED_HOLIDAYS)) {
            return HolidayFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalendarTable defaultTable() {
        return CachedWorkingCalendars.build(List.of(defaultVersion()), bundledHolidays());
    }

    static java.time.Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
