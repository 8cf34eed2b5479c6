package org.gridloop.evaluation.internal;

import static org.gridloop.evaluation.internal.Rates.percent;
import static org.gridloop.evaluation.internal.Rates.rate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.MeasureQueries.Counts;
import org.gridloop.organization.Departments;
import org.springframework.stereotype.Component;

/**
 * The scorecards of the departments (专业部门评价), counted by the tasks dispatched to them in the
 * period: a dispatch not taken back by an approved return is a task due (应处置); it is handled
 * when its first handling report came before the period's end.
 */
@Component
class DepartmentCards {

    private static final String KEY = "s.task_department";
    private static final String DUE = "NOT s.returned";
    private static final String HANDLED = DUE + " AND s.handled_at < :to";
    private static final List<Measure> MEASURES = List.of(
            Measure.steps("due", KEY, "DISPATCH", DUE),
            Measure.steps("handled", KEY, "DISPATCH", HANDLED),
            Measure.steps("handledOnTime", KEY, "DISPATCH", HANDLED + " AND s.handled_on_time"),
            Measure.steps("overdueHandled", KEY, "DISPATCH", HANDLED + " AND NOT s.handled_on_time"),
            Measure.stepsWithCase("overdueUnhandled", KEY, "DISPATCH", DUE + " AND s.handled_at IS NULL"
                    + " AND c.stage = 'HANDLE' AND c.department_code = s.task_department"
                    + " AND c.stage_red_at <= COALESCE(c.stage_paused_at, :now)"),
            Measure.steps("reworks", KEY, "CHECK", "s.outcome = 'FAILED'"),
            Measure.steps("extensions", KEY, "REQUEST_EXTENSION", null),
            Measure.steps("returns", KEY, "DISPATCH", "s.returned"));

    private final Departments departments;

    DepartmentCards(Departments departments) {
        this.departments = departments;
    }

    List<Measure> measures() {
        return MEASURES;
    }

    /** The scorecard from the counts of the {@link #measures}. */
    Scorecard card(Period period, EvaluationModel model, Locale locale, Counts counts) {
        Map<String, String> names = departments.names(locale);
        Set<String> keys = new LinkedHashSet<>(names.keySet());
        keys.addAll(counts.byKey().keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("department", key);
            row.put("name", names.getOrDefault(key, key));
            Double score = model.score("departments", counted(row, counts, List.of(key)));
            row.put("score", score);
            row.put("grade", model.grade(score));
            rows.add(row);
        }
        rows.sort(RegionCards::compareScores);
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("department", null);
        total.put("name", null);
        counted(total, counts, new ArrayList<>(keys));
        return new Scorecard(ScorecardObject.DEPARTMENTS, period, model, rows, List.of(), total);
    }

    private static Map<String, Double> counted(Map<String, Object> row, Counts counts, List<String> keys) {
        MEASURES.forEach(measure -> row.put(measure.name(), counts.sum(keys, measure.name())));
        long due = counts.sum(keys, "due");
        long handled = counts.sum(keys, "handled");
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("handlingRate", rate(handled, due));
        rates.put("handlingOnTimeRate", rate(counts.sum(keys, "handledOnTime"), handled));
        rates.put("reworkRate", rate(counts.sum(keys, "reworks"), handled));
        rates.put("overdueUnhandledRate", rate(counts.sum(keys, "overdueUnhandled"), due));
        rates.put("extensionRate", rate(counts.sum(keys, "extensions"), due));
        row.putAll(rates);
        Map<String, Double> percentages = new HashMap<>();
        rates.forEach((name, value) -> percentages.put(name, percent(value)));
        return percentages;
    }
}
