package org.gridloop;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A period (统计周期) evaluation counts in and exports cover, in Asia/Shanghai: a day {@code 2026-03-02}, an ISO
 * week {@code 2026-W10}, a month {@code 2026-03}, a quarter {@code 2026-Q1}, a year
 * {@code 2026}, or a range of dates {@code 2026-01-01..2026-03-31} with both dates included.
 * A step counts in the period when it happened at or after {@code from} and before {@code to}.
 *
 * @param text as written
 * @param from the period's first instant
 * @param to   the first instant after the period
 */
public record Period(String text, Instant from, Instant to) {

    /** The zone periods are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /**
     * The period {@code text} names.
     *
     * @throws DomainException INVALID on {@code period} when it is missing or names no period
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid();
        }
        String value = text.strip();
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return of(value, day, day.plusDays(1));
            }
            Matcher week = WEEK.matcher(value);
            if (week.matches()) {
                LocalDate fourthOfJanuary = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4);
                int number = Integer.parseInt(week.group(2));
                if (number < 1 || number > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).getMaximum()) {
                    throw invalid();
                }
                LocalDate monday = fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
                return of(value, monday, monday.plusWeeks(1));
            }
            if (MONTH.matcher(value).matches()) {
                LocalDate first = YearMonth.parse(value).atDay(1);
                return of(value, first, first.plusMonths(1));
            }
            Matcher quarter = QUARTER.matcher(value);
            if (quarter.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)),
                        3 * (Integer.parseInt(quarter.group(2)) - 1) + 1, 1);
                return of(value, first, first.plusMonths(3));
            }
            if (YEAR.matcher(value).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(value), 1, 1);
                return of(value, first, first.plusYears(1));
            }
            Matcher range = RANGE.matcher(value);
            if (range.matches()) {
                LocalDate first = LocalDate.parse(range.group(1));
                LocalDate last = LocalDate.parse(range.group(2));
                if (last.isBefore(first)) {
                    throw invalid();
                }
                return of(value, first, last.plusDays(1));
            }
        } catch (DateTimeException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static Period of(String text, LocalDate first, LocalDate after) {
        return new Period(text, first.atStartOfDay(ZONE).toInstant(), after.atStartOfDay(ZONE).toInstant());
    }

    private static DomainException invalid() {
        return DomainException.invalidField("period", "evaluation.period.invalid",
                "The period must be a day (2026-03-02), an ISO week (2026-W10), a month (2026-03), a quarter "
                        + "(2026-Q1), a year (2026) or a range of dates (2026-01-01..2026-03-31)");
    }
}
