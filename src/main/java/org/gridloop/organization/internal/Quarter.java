package org.gridloop.organization.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (季度), written {@code yyyy-Qn}: {@code 2026-Q1} runs from 1 January to
 * 31 March 2026. Quotas (达标量) are set per quarter.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 1000 || year > 9999 || number < 1 || number > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + number);
        }
    }

    /** The quarter written {@code yyyy-Qn}, or empty when the text is no quarter. */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** The quarter the day lies in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
