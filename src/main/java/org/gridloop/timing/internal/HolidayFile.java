package org.gridloop.timing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;

/**
 * Reads the special days of the State Council's notices in the format of
 * {@code timing/cn-holidays.csv}: a header {@code date,kind,name}, then one day a line with kind
 * {@code holiday} (a day off) or {@code workday} (调休上班). Blank lines are skipped; any other
 * fault refuses the whole file, naming its line.
 */
final class HolidayFile {

    static final String HEADER = "date,kind,name";

    private HolidayFile() {
    }

    /**
     * Parses the file.
     *
     * @param year the year every day must fall in, or {@code null} for any
     */
    static List<SpecialDay> parse(String text, Integer year) {
        String[] lines = text.strip().replace("\uFEFF", "").split("\\R");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            throw refused("timing.calendar.csv.header", "The first line must be " + HEADER, 1);
        }
        List<SpecialDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split(",", 3);
            if (fields.length != 3) {
                throw refused("timing.calendar.csv.fields", "Line " + line + " needs date, kind and name", line);
            }
            LocalDate date = date(fields[0].strip(), line);
            if (year != null && date.getYear() != year) {
                throw refused("timing.calendar.csv.year", "Line " + line + " is not in " + year, line, year);
            }
            Integer earlier = seen.put(date, line);
            if (earlier != null) {
                throw refused("timing.calendar.csv.duplicate", "Line " + line + " repeats line " + earlier, line, earlier);
            }
            days.add(new SpecialDay(date, kind(fields[1].strip(), line), fields[2].strip()));
        }
        return days;
    }

    private static LocalDate date(String text, int line) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(CalendarTable.FIRST_DAY) || date.isAfter(CalendarTable.LAST_DAY)) {
                throw refused("timing.calendar.csv.range", "Line " + line + " is outside 2000–2099", line);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw refused("timing.calendar.csv.date", "Line " + line + " has no date yyyy-MM-dd", line);
        }
    }

    private static SpecialDay.Kind kind(String text, int line) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "holiday" -> SpecialDay.Kind.HOLIDAY;
            case "workday" -> SpecialDay.Kind.WORKDAY;
            default -> throw refused("timing.calendar.csv.kind", "Line " + line + " has a kind other than holiday or workday",
                    line);
        };
    }

    private static DomainException refused(String code, String message, Object... arguments) {
        return new DomainException(DomainException.Kind.INVALID, code, message,
                List.of(new DomainException.FieldProblem("csv", "timing.calendar.csv.invalid", message)), arguments);
    }
}
