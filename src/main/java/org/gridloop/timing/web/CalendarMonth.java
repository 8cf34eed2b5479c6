package org.gridloop.timing.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridloop.timing.internal.SpecialDay;

/**
 * One month of the year view: weeks from Monday to Sunday, each cell a day of the month or
 * empty.
 */
record CalendarMonth(int month, List<List<Cell>> weeks) {

    /**
     * A day cell; {@code style} is {@code holiday}, {@code workday} (make-up working day),
     * {@code weekend} or empty, {@code name} the special day's name.
     */
    record Cell(LocalDate date, String style, String name) {
    }

    static List<CalendarMonth> ofYear(int year, Map<LocalDate, SpecialDay> specialDays) {
        List<CalendarMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(of(YearMonth.of(year, month), specialDays));
        }
        return months;
    }

    private static CalendarMonth of(YearMonth month, Map<LocalDate, SpecialDay> specialDays) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            week.add(cell(date, specialDays.get(date)));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new CalendarMonth(month.getMonthValue(), weeks);
    }

    private static Cell cell(LocalDate date, SpecialDay special) {
        if (special != null) {
            return new Cell(date, special.kind() == SpecialDay.Kind.HOLIDAY ? "holiday" : "workday", special.name());
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(date, weekend ? "weekend" : "", "");
    }
}
