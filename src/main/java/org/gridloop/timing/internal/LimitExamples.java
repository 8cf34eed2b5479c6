package org.gridloop.timing.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;

/**
 * Reads a handling limit out of the catalog's local examples, such as
 * {@code 重庆高新区2007:井盖检修≤3小时; 广州2021:井盖缺损6小时(受限时36小时)}.
 *
 * <p>The rule: the first whole number, read left to right, that is directly followed by a unit
 * counts, and nothing else. {@code 工作日} is working days, {@code 工作时} or {@code 工作小时}
 * working hours, {@code 小时} natural hours; a number without a unit (a year such as 2007) or
 * with a fraction is skipped. The example above gives 3 natural hours.
 */
final class LimitExamples {

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d{1,5})\\s*(工作日|工作小时|工作时|小时)");

    private LimitExamples() {
    }

    static Optional<TimeLimit> firstLimit(String examples) {
        if (examples == null) {
            return Optional.empty();
        }
        Matcher matcher = AMOUNT.matcher(examples);
        while (matcher.find()) {
            int amount = Integer.parseInt(matcher.group(1));
            if (amount > 0) {
                return Optional.of(new TimeLimit(amount, unit(matcher.group(2))));
            }
        }
        return Optional.empty();
    }

    private static LimitUnit unit(String text) {
        return switch (text) {
            case "工作日" -> LimitUnit.WORKING_DAYS;
            case "工作小时", "工作时" -> LimitUnit.WORKING_HOURS;
            default -> LimitUnit.NATURAL_HOURS;
        };
    }
}
