package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.gridloop.organization.WorkingDays.Kind;
import org.gridloop.organization.internal.ShiftSchedule.Period;
import org.junit.jupiter.api.Test;

class ShiftScheduleTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);

    private final ShiftSchedule office = new ShiftSchedule(true, List.of(
            period(DayOfWeek.TUESDAY, "09:00", "12:00"),
            period(DayOfWeek.MONDAY, "14:00", "18:00"),
            period(DayOfWeek.MONDAY, "09:00", "12:00")));

    @Test
    void aWorkingDayWorksThePeriodsOfItsWeekdayInOrder() {
        assertThat(office.on(MONDAY, Kind.WORKING_DAY)).extracting(Period::start)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(14, 0));
        assertThat(office.minutesOn(MONDAY, Kind.WORKING_DAY)).isEqualTo(420);
    }

    @Test
    void aHolidayHasNoScheduledTimeOnWorkingDaysOnly() {
        assertThat(office.on(MONDAY, Kind.DAY_OFF)).isEmpty();
        assertThat(new ShiftSchedule(false, office.periods()).minutesOn(MONDAY, Kind.DAY_OFF)).isEqualTo(420);
    }

    @Test
    void aMakeUpWorkingDayWorksItsOwnWeekdayElseTheFirstWeekdayWithPeriods() {
        assertThat(office.minutesOn(SATURDAY, Kind.MAKE_UP_WORKING_DAY)).as("Monday's periods").isEqualTo(420);
        ShiftSchedule withSaturday = new ShiftSchedule(true, List.of(period(DayOfWeek.MONDAY, "09:00", "12:00"),
                period(DayOfWeek.SATURDAY, "10:00", "11:00")));
        assertThat(withSaturday.minutesOn(SATURDAY, Kind.MAKE_UP_WORKING_DAY)).isEqualTo(60);
        assertThat(ShiftSchedule.NONE.minutesOn(SATURDAY, Kind.MAKE_UP_WORKING_DAY)).isZero();
    }

    private static Period period(DayOfWeek weekday, String start, String end) {
        return new Period(weekday, LocalTime.parse(start), LocalTime.parse(end));
    }
}
