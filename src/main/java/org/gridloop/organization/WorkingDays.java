package org.gridloop.organization;

import java.time.LocalDate;

/**
 * Which days are working days (工作日), as the platform's working calendar says; the inspector
 * teams' shift schedules apply on them. Declared here so that the teams need not know the
 * calendar; the module that keeps the calendar implements it.
 */
public interface WorkingDays {

    /** What kind of day a date of Asia/Shanghai is. */
    enum Kind {
        /** A working day by the weekly pattern. */
        WORKING_DAY,
        /** 调休上班: a working day on a day the weekly pattern has off (a weekend), in exchange for a holiday. */
        MAKE_UP_WORKING_DAY,
        /** A weekend day or an official holiday (法定节假日). */
        DAY_OFF
    }

    /** The kind of the date; dates outside the calendar's range are days off. */
    Kind kind(LocalDate date);
}
