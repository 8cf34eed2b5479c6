package org.gridloop.evaluation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.gridloop.DomainException;

/**
 * The length of one bucket of a trend (趋势): a day, an ISO week (Monday first) or a month, in
 * Asia/Shanghai. Each bucket is named like the period it is ({@code 2026-03-02},
 * {@code 2026-W10}, {@code 2026-03}).
 */
public enum TrendUnit {

    DAY, WEEK, MONTH;

    /** The most buckets one trend shows; a longer period asks for a longer unit. */
    public static final int MAX_BUCKETS = 1000;

    /**
     * The unit {@code text} names ({@code day}, {@code week} or {@code month}).
     *
     * @throws DomainException INVALID on {@code by} for anything else
     */
    public static TrendUnit parse(String text) {
        if (text != null) {
            for (TrendUnit unit : values()) {
                if (unit.name().equalsIgnoreCase(text.strip())) {
                    return unit;
                }
            }
        }
        throw DomainException.invalidField("by", "evaluation.trend.by", "by is day, week or month");
    }

    /** The first day of the bucket holding {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The bucket's name, the period text of the whole bucket. */
    String name(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    /** The PostgreSQL {@code date_trunc} field of the unit. */
    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
