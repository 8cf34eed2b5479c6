package org.gridloop.timing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridloop.timing.internal.CalendarFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CalendarTableTests {

    private final CalendarTable table = CalendarFixtures.defaultTable();

    @ParameterizedTest(name = "{0} + {1} working minutes = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-13T17:30 |   60 | 2026-02-14T09:30 | Friday before the Spring Festival, then a make-up Saturday
            2026-09-30T17:00 |  120 | 2026-10-08T10:00 | National Day week skipped, 10-08 is an ordinary Thursday
            2025-12-31T17:00 |  120 | 2026-01-04T10:00 | New Year's holidays, then a make-up Sunday
            2026-10-10T09:00 |   60 | 2026-10-10T10:00 | make-up Saturday counts
            2026-10-10T17:30 |   60 | 2026-10-12T09:30 | Sunday 10-11 does not count
            2026-03-02T11:30 |   60 | 2026-03-02T14:30 | lunch break skipped
            2026-03-02T12:30 |   30 | 2026-03-02T14:30 | start in the lunch break
            2026-03-02T22:00 |   60 | 2026-03-03T10:00 | a report at night counts from 09:00
            2026-03-03T06:00 |   10 | 2026-03-03T09:10 | early morning
            2026-03-06T20:00 |   30 | 2026-03-09T09:30 | Friday night to Monday
            2026-03-02T17:00 |   60 | 2026-03-02T18:00 | ends exactly at the end of the day
            2026-03-02T09:00 |  420 | 2026-03-02T18:00 | one whole day
            2026-03-02T09:00 |  421 | 2026-03-03T09:01 | one minute into the next day
            2026-04-30T17:00 |  120 | 2026-05-06T10:00 | Labour Day holidays
            2026-05-08T17:00 |  120 | 2026-05-09T10:00 | make-up Saturday after Labour Day
            2025-01-24T17:00 |  180 | 2025-01-26T11:00 | make-up Sunday before the 2025 Spring Festival
            2026-12-31T17:30 |   60 | 2027-01-01T09:30 | no special days known for 2027 yet: an ordinary Friday
            """)
    void addsWorkingMinutesAndMeasuresThemBack(String start, int minutes, String due, String why) {
        Instant from = at(start);

        Instant dueAt = Instant.ofEpochSecond(table.dueEpochSecond(from.getEpochSecond(), minutes * 60L));

        assertThat(dueAt).as(why).isEqualTo(at(due));
        assertThat(table.workingSecondsBetween(from.getEpochSecond(), dueAt.getEpochSecond())).as(why)
                .isEqualTo(minutes * 60L);
    }

    @ParameterizedTest(name = "{0} → {1}: {2} working minutes")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T22:00 | 2026-03-03T09:00 |    0
            2026-03-02T12:00 | 2026-03-02T14:00 |    0
            2026-03-02T08:00 | 2026-03-02T20:00 |  420
            2026-02-14T00:00 | 2026-02-24T00:00 |  420
            2026-10-01T00:00 | 2026-10-12T00:00 | 1260
            2026-10-11T08:00 | 2026-10-11T20:00 |    0
            2026-03-02T18:00 | 2026-03-02T11:00 | -300
            """)
    void measuresWorkingMinutesBetweenInstants(String start, String end, long minutes) {
        assertThat(table.workingSecondsBetween(at(start).getEpochSecond(), at(end).getEpochSecond()))
                .isEqualTo(minutes * 60);
    }

    @Test
    void knowsWhichDaysAreWorkingDaysAroundNationalDay2026() {
        assertThat(table.isWorkingDay(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 11))).as("Sunday").isFalse();
    }

    @Test
    void keepsTheSecondsOfTheStart() {
        long start = at("2026-03-02T11:59:30").getEpochSecond();

        assertThat(Instant.ofEpochSecond(table.dueEpochSecond(start, 60))).isEqualTo(at("2026-03-02T14:00:30"));
    }

    @Test
    void countsWorkingDaysAsStandardDaysAndNaturalHoursOnTheClock() {
        assertThat(CachedWorkingCalendars.dueAt(table, at("2026-02-13T15:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-02-14T15:00"));
        assertThat(CachedWorkingCalendars.dueAt(table, at("2026-02-13T15:00"), TimeLimit.workingHours(5)))
                .isEqualTo(at("2026-02-14T11:00"));
        assertThat(CachedWorkingCalendars.dueAt(table, at("2026-09-30T17:00"), TimeLimit.naturalHours(6)))
                .isEqualTo(at("2026-09-30T23:00"));
        assertThat(CachedWorkingCalendars.elapsed(table, at("2026-10-01T08:00"), at("2026-10-02T08:00"),
                LimitUnit.NATURAL_HOURS)).isEqualTo(Duration.ofHours(24));
        assertThat(CachedWorkingCalendars.elapsed(table, at("2026-10-01T08:00"), at("2026-10-02T08:00"),
                LimitUnit.WORKING_MINUTES)).isZero();
    }

    @Test
    void followsTheVersionInForceOnEachDay() {
        List<WorkingPeriod> summer = List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("15:00-18:30"));
        CalendarTable versioned = CachedWorkingCalendars.build(List.of(CalendarFixtures.defaultVersion(),
                CalendarFixtures.version(2, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), summer)),
                CalendarFixtures.bundledHolidays());

        assertThat(Instant.ofEpochSecond(versioned.dueEpochSecond(at("2026-06-30T17:30").getEpochSecond(), 3600)))
                .as("into the summer version").isEqualTo(at("2026-07-01T09:00"));
        assertThat(Instant.ofEpochSecond(versioned.dueEpochSecond(at("2026-07-01T11:30").getEpochSecond(), 3600)))
                .as("summer lunch break").isEqualTo(at("2026-07-01T15:30"));
        assertThat(Instant.ofEpochSecond(versioned.dueEpochSecond(at("2026-09-30T18:30").getEpochSecond(), 3600)))
                .as("back to the default version after the holidays").isEqualTo(at("2026-10-08T10:00"));
        assertThat(versioned.standardDaySeconds(at("2026-07-01T10:00").getEpochSecond())).isEqualTo(420 * 60);
    }

    @Test
    void refusesInstantsOutsideItsRange() {
        assertThatThrownBy(() -> table.position(at("1999-12-31T12:00").getEpochSecond()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999-12-31");
        assertThatThrownBy(() -> table.dueEpochSecond(at("2099-12-31T17:00").getEpochSecond(), 7200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2099-12-31");
    }
}
