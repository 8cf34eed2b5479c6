package org.gridloop.timing;

import java.util.Objects;

/**
 * A time limit (时限): an amount of a unit, such as 10 working minutes, 2 working days or
 * 6 natural hours.
 */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("A time limit is positive: " + amount);
        }
    }

    public static TimeLimit workingMinutes(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_MINUTES);
    }

    public static TimeLimit workingHours(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_HOURS);
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    public static TimeLimit naturalHours(int amount) {
        return new TimeLimit(amount, LimitUnit.NATURAL_HOURS);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
