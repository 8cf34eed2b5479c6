package org.gridloop.evaluation.internal;

import static org.gridloop.evaluation.internal.Rates.percent;
import static org.gridloop.evaluation.internal.Rates.rate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.MeasureQueries.Counts;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrids;
import org.gridloop.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * The scorecards of the posts (岗位评价): inspectors by their reports and tasks, intake
 * operators, shift supervisors and dispatchers by the steps they took in the period.
 */
@Component
class PostCards {

    /**
     * Reports of inspectors that became cases and were not discarded as invalid, or self-handled
     * ones that were closed (有效上报).
     */
    static final String VALID = "c.channel = 'INSPECTOR' AND ((c.registered_at IS NOT NULL AND c.discarded_at IS NULL)"
            + " OR (c.self_handled AND c.closed_at IS NOT NULL))";

    private static final String PUBLIC = "c.channel IN ('HOTLINE', 'PUBLIC', 'SMS', 'OPEN311')";

    private static final Map<ScorecardObject, List<Measure>> MEASURES = Map.of(
            ScorecardObject.INSPECTORS, List.of(
                    Measure.cases("reports", "c.reporter", "c.reported_at", "c.channel = 'INSPECTOR'"),
                    Measure.cases("validReports", "c.reporter", "c.reported_at", VALID),
                    Measure.steps("verifications", "s.actor", "VERIFY", null),
                    Measure.steps("verificationsOnTime", "s.actor", "VERIFY", "s.on_time"),
                    Measure.steps("checks", "s.actor", "CHECK", null),
                    Measure.steps("checksOnTime", "s.actor", "CHECK", "s.on_time"),
                    Measure.cases("missedReports", "c.grid_code", "c.registered_at", PUBLIC)),
            ScorecardObject.OPERATORS, List.of(
                    posted("accepted", "INTAKE_OPERATOR", "ACCEPT", null),
                    posted("verificationRequests", "INTAKE_OPERATOR", "REQUEST_VERIFICATION", null),
                    posted("verificationRequestsOnTime", "INTAKE_OPERATOR", "REQUEST_VERIFICATION", "s.on_time"),
                    posted("checkRequests", "INTAKE_OPERATOR", "REQUEST_CHECK", null),
                    posted("checkRequestsOnTime", "INTAKE_OPERATOR", "REQUEST_CHECK", "s.on_time")),
            ScorecardObject.SUPERVISORS, List.of(
                    posted("registrations", "SHIFT_SUPERVISOR", "REGISTER", null),
                    posted("registrationsOnTime", "SHIFT_SUPERVISOR", "REGISTER", "s.on_time"),
                    posted("registrationsKept", "SHIFT_SUPERVISOR", "REGISTER", "s.kept"),
                    posted("closings", "SHIFT_SUPERVISOR", "CLOSE", null),
                    posted("closingsOnTime", "SHIFT_SUPERVISOR", "CLOSE", "s.on_time")),
            ScorecardObject.DISPATCHERS, List.of(
                    posted("dispatches", "DISPATCHER", "DISPATCH", null),
                    posted("dispatchesOnTime", "DISPATCHER", "DISPATCH", "s.on_time"),
                    posted("dispatchesAccurate", "DISPATCHER", "DISPATCH", "NOT s.returned")));

    private final Accounts accounts;
    private final WorkGrids workGrids;

    PostCards(Accounts accounts, WorkGrids workGrids) {
        this.accounts = accounts;
        this.workGrids = workGrids;
    }

    List<Measure> measures(ScorecardObject object) {
        return MEASURES.get(object);
    }

    /**
     * The keys a row's cell counts over: for an inspector's missed reports the unit grids of the
     * work grids assigned to them now, else the row's own key.
     */
    List<String> keysOf(Measure measure, String username) {
        if (measure.name().equals("missedReports")) {
            return workGrids.assignedTo(username).stream().flatMap(work -> work.unitGrids().stream())
                    .map(GridCode::value).toList();
        }
        return List.of(username);
    }

    /** The missed reports counted by unit grid, summed for each inspector of the grid's work grid now. */
    private Map<String, Long> missedByInspector(Counts counts) {
        Map<String, Long> missed = new HashMap<>();
        counts.byKey().forEach((grid, values) -> {
            long count = values.getOrDefault("missedReports", 0L);
            if (count > 0) {
                workGrids.containing(new GridCode(grid)).ifPresent(work -> work.inspectors()
                        .forEach(inspector -> missed.merge(inspector, count, Long::sum)));
            }
        });
        return missed;
    }

    /** The post's scorecard from the counts of its {@link #measures}. */
    Scorecard card(ScorecardObject object, Period period, EvaluationModel model, Counts counts) {
        List<Measure> measures = MEASURES.get(object);
        TreeSet<String> usernames = new TreeSet<>();
        measures.stream().filter(measure -> !measure.name().equals("missedReports"))
                .forEach(measure -> counts.byKey().forEach((key, values) -> {
                    if (values.getOrDefault(measure.name(), 0L) > 0) {
                        usernames.add(key);
                    }
                }));
        Map<String, Long> missed = object == ScorecardObject.INSPECTORS ? missedByInspector(counts) : Map.of();
        usernames.addAll(missed.keySet());
        Map<String, String> names = accounts.displayNames(usernames);
        long highest = usernames.stream().mapToLong(key -> counts.of(key, measures.get(0).name())).max().orElse(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String username : usernames) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("username", username);
            row.put("name", names.getOrDefault(username, username));
            Map<String, Long> values = new LinkedHashMap<>();
            for (Measure measure : measures) {
                values.put(measure.name(), measure.name().equals("missedReports")
                        ? missed.getOrDefault(username, 0L) : counts.of(username, measure.name()));
            }
            values.forEach(row::put);
            Map<String, Double> rates = rates(object, values, highest, model);
            rates.forEach(row::put);
            Map<String, Double> percentages = new HashMap<>();
            rates.forEach((name, value) -> percentages.put(name, name.endsWith("Score") ? value : percent(value)));
            Double score = model.score(object.path, percentages);
            row.put("score", score);
            row.put("grade", model.grade(score));
            rows.add(row);
        }
        rows.sort(RegionCards::compareScores);
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("username", null);
        total.put("name", null);
        Map<String, Long> sums = new LinkedHashMap<>();
        measures.stream().filter(measure -> !measure.name().equals("missedReports"))
                .forEach(measure -> sums.put(measure.name(), counts.sum(usernames, measure.name())));
        sums.forEach(total::put);
        return new Scorecard(object, period, model, rows, List.of(), total);
    }

    /** The rates of a row (fractions) and its count score (0–100). */
    private static Map<String, Double> rates(ScorecardObject object, Map<String, Long> v, long highest,
            EvaluationModel model) {
        Map<String, Double> rates = new LinkedHashMap<>();
        switch (object) {
            case INSPECTORS -> {
                rates.put("validReportRate", rate(v.get("validReports"), v.get("reports")));
                rates.put("missedReportRate", rate(v.get("missedReports"), v.get("validReports") + v.get("missedReports")));
                rates.put("verificationOnTimeRate", rate(v.get("verificationsOnTime"), v.get("verifications")));
                rates.put("checkOnTimeRate", rate(v.get("checksOnTime"), v.get("checks")));
            }
            case OPERATORS -> {
                rates.put("acceptedScore", model.countScore(v.get("accepted"), highest));
                rates.put("verificationRequestOnTimeRate",
                        rate(v.get("verificationRequestsOnTime"), v.get("verificationRequests")));
                rates.put("checkRequestOnTimeRate", rate(v.get("checkRequestsOnTime"), v.get("checkRequests")));
            }
            case SUPERVISORS -> {
                rates.put("registrationOnTimeRate", rate(v.get("registrationsOnTime"), v.get("registrations")));
                rates.put("registrationAccuracy", rate(v.get("registrationsKept"), v.get("registrations")));
                rates.put("closingOnTimeRate", rate(v.get("closingsOnTime"), v.get("closings")));
            }
            default -> {
                rates.put("dispatchScore", model.countScore(v.get("dispatches"), highest));
                rates.put("dispatchOnTimeRate", rate(v.get("dispatchesOnTime"), v.get("dispatches")));
                rates.put("dispatchAccuracy", rate(v.get("dispatchesAccurate"), v.get("dispatches")));
            }
        }
        return rates;
    }

    /** Steps of the action taken in the post that meet the condition. */
    private static Measure posted(String name, String post, String action, String where) {
        String inPost = "s.post = '" + post + "'";
        return Measure.steps(name, "s.actor", action, where == null ? inPost : inPost + " AND " + where);
    }
}
