package org.gridloop.timing.internal;

import java.time.LocalDate;

import org.gridloop.organization.WorkingDays;
import org.springframework.stereotype.Component;

/** The working days of the platform's working calendar, for the inspector teams' shifts. */
@Component
class CalendarWorkingDays implements WorkingDays {

    private final CachedWorkingCalendars calendars;

    CalendarWorkingDays(CachedWorkingCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Kind kind(LocalDate date) {
        CalendarTable table = calendars.table();
        if (date.isBefore(CalendarTable.FIRST_DAY) || date.isAfter(CalendarTable.LAST_DAY) || !table.isWorkingDay(date)) {
            return Kind.DAY_OFF;
        }
        return table.isMakeUpDay(date) ? Kind.MAKE_UP_WORKING_DAY : Kind.WORKING_DAY;
    }
}
