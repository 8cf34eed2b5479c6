package org.gridloop.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a scorecard column's values are shown, by the field's name. */
public enum ColumnFormat {
    TEXT, COUNT, PERCENT, DECIMAL, MONEY;

    private static final Set<String> TEXTS = Set.of("name", "grade", "mode", "teams", "subdistrict", "community",
            "grid", "department", "username", "team", "vendor");

    static ColumnFormat of(String field) {
        if (TEXTS.contains(field)) {
            return TEXT;
        }
        if (field.equals("amount")) {
            return MONEY;
        }
        if (field.endsWith("Rate") || field.endsWith("Accuracy") || field.endsWith("Weighted")
                || field.equals("attainment") || field.equals("share")) {
            return PERCENT;
        }
        if (field.endsWith("Score") || field.equals("score") || field.equals("difficulty") || field.equals("quota")
                || field.equals("reportsPerInspector")) {
            return DECIMAL;
        }
        return COUNT;
    }

    /** A value as a page shows it, a dash for none. */
    public String display(Object value) {
        return value == null ? "—" : text(value);
    }

    /** A value as a page or a CSV shows it: percentages and scores with one decimal, yuan with two. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        if (!(value instanceof Number number)) {
            return String.valueOf(value);
        }
        return switch (this) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", number.doubleValue() * 100);
            case DECIMAL -> String.format(Locale.ROOT, "%.1f", number.doubleValue());
            case MONEY -> new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
            default -> number.toString();
        };
    }
}
