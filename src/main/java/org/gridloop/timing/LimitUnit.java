package org.gridloop.timing;

/**
 * How a {@link TimeLimit} is counted: on the working calendar, or on the clock for
 * emergencies (紧急事件按自然时间计).
 */
public enum LimitUnit {
    /** 工作分钟: minutes inside working periods. */
    WORKING_MINUTES(false, 1),
    /** 工作时: 60 working minutes. */
    WORKING_HOURS(false, 60),
    /**
     * 工作日: as many working minutes as the standard working day of the calendar version in
     * force on the day the count starts (420 with the default periods), so a limit of one
     * working day started at 15:00 ends at 15:00 on the next working day.
     */
    WORKING_DAYS(false, 0),
    /** 自然小时: hours on the clock, nights, weekends and holidays included. */
    NATURAL_HOURS(true, 60);

    private final boolean natural;
    private final int minutesPerUnit;

    LimitUnit(boolean natural, int minutesPerUnit) {
        this.natural = natural;
        this.minutesPerUnit = minutesPerUnit;
    }

    /** Whether the unit runs on the clock rather than on the working calendar. */
    public boolean natural() {
        return natural;
    }

    /**
     * Minutes in {@code amount} units.
     *
     * @param standardDayMinutes the working minutes of a standard working day, for
     *                           {@link #WORKING_DAYS}
     */
    public long minutes(long amount, int standardDayMinutes) {
        return amount * (this == WORKING_DAYS ? standardDayMinutes : minutesPerUnit);
    }
}
