package org.gridloop.evaluation.internal;

import static org.gridloop.evaluation.internal.Rates.percent;
import static org.gridloop.evaluation.internal.Rates.rate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.MeasureQueries.Counts;
import org.gridloop.grid.Community;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.springframework.stereotype.Component;

/**
 * The scorecards of the regions (区域评价): subdistricts, communities and unit grids, counted by
 * the cases registered in the period in the region. Subdistricts get their closing rates weighted
 * by difficulty.
 */
@Component
class RegionCards {

    private static final String REGISTERED = "c.status <> 'SUSPENDED'";
    private static final String DUE = REGISTERED + " AND (c.discarded_at IS NULL OR c.discarded_at >= :to)";
    private static final String CLOSED = DUE + " AND c.closed_at < :to";

    private final GridDirectory grids;

    RegionCards(GridDirectory grids) {
        this.grids = grids;
    }

    /** The measures of a region object. */
    List<Measure> measures(ScorecardObject object) {
        String key = switch (object) {
            case SUBDISTRICTS -> "c.subdistrict_code";
            case COMMUNITIES -> "c.community_code";
            default -> "c.grid_code";
        };
        return List.of(
                Measure.cases("registered", key, "c.registered_at", REGISTERED),
                Measure.cases("publicReports", key, "c.registered_at",
                        REGISTERED + " AND c.channel IN ('HOTLINE', 'PUBLIC', 'SMS', 'OPEN311')"),
                Measure.cases("dueForClosing", key, "c.registered_at", DUE),
                Measure.cases("closed", key, "c.registered_at", CLOSED),
                Measure.cases("closedOnTime", key, "c.registered_at", CLOSED + " AND c.closed_on_time"));
    }

    /** The object's scorecard from the counts of its {@link #measures}. */
    Scorecard card(ScorecardObject object, Period period, EvaluationModel model, Counts counts) {
        Map<String, String> names = names(object);
        Set<String> keys = new LinkedHashSet<>(names.keySet());
        keys.addAll(counts.byKey().keySet());
        long highest = keys.stream().mapToLong(key -> counts.of(key, "registered")).max().orElse(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(object.keyField, key);
            row.put("name", names.getOrDefault(key, key));
            Map<String, Double> scored = counted(row, counts, List.of(key));
            scored.put("registeredScore", model.countScore(counts.of(key, "registered"), highest));
            row.put("registeredScore", scored.get("registeredScore"));
            if (object == ScorecardObject.SUBDISTRICTS) {
                weighByDifficulty(row, scored, key, model);
            }
            Double score = model.score("regions", scored);
            row.put("score", score);
            row.put("grade", model.grade(score));
            rows.add(row);
        }
        rows.sort((a, b) -> compareScores(a, b));
        Map<String, Object> total = new LinkedHashMap<>();
        total.put(object.keyField, null);
        total.put("name", null);
        counted(total, counts, keys);
        return new Scorecard(object, period, model, rows, List.of(), total);
    }

    /** Puts the counts and rates of the keys into the row and answers the rates as percentages. */
    private static Map<String, Double> counted(Map<String, Object> row, Counts counts, Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        long registered = counts.sum(list, "registered");
        long publicReports = counts.sum(list, "publicReports");
        long due = counts.sum(list, "dueForClosing");
        long closed = counts.sum(list, "closed");
        long closedOnTime = counts.sum(list, "closedOnTime");
        row.put("registered", registered);
        row.put("publicReports", publicReports);
        row.put("publicReportRate", rate(publicReports, registered));
        row.put("dueForClosing", due);
        row.put("closed", closed);
        row.put("closingRate", rate(closed, due));
        row.put("closedOnTime", closedOnTime);
        row.put("closingOnTimeRate", rate(closedOnTime, due));
        Map<String, Double> percentages = new HashMap<>();
        percentages.put("publicReportRate", percent(rate(publicReports, registered)));
        percentages.put("closingRate", percent(rate(closed, due)));
        percentages.put("closingOnTimeRate", percent(rate(closedOnTime, due)));
        return percentages;
    }

    /** Shows the subdistrict's size and k, and scores its closing rates weighted by k. */
    private static void weighByDifficulty(Map<String, Object> row, Map<String, Double> scored, String key,
            EvaluationModel model) {
        EvaluationModel.SubdistrictSize size = model.difficulty().subdistricts().get(key);
        double k = model.difficulty(key);
        row.put("population", size == null ? null : size.population());
        row.put("assets", size == null ? null : size.assets());
        row.put("difficulty", k);
        scored.put("closingRate", model.weighted(scored.get("closingRate"), k));
        scored.put("closingOnTimeRate", model.weighted(scored.get("closingOnTimeRate"), k));
        row.put("closingRateWeighted", scored.get("closingRate") == null ? null : scored.get("closingRate") / 100);
        row.put("closingOnTimeRateWeighted",
                scored.get("closingOnTimeRate") == null ? null : scored.get("closingOnTimeRate") / 100);
    }

    private Map<String, String> names(ScorecardObject object) {
        Map<String, String> names = new LinkedHashMap<>();
        if (object == ScorecardObject.GRIDS) {
            return names;
        }
        for (Subdistrict subdistrict : grids.subdistricts()) {
            if (object == ScorecardObject.SUBDISTRICTS) {
                names.put(subdistrict.code(), subdistrict.name());
            } else {
                for (Community community : grids.communities(subdistrict.code())) {
                    names.put(community.code(), community.name());
                }
            }
        }
        return names;
    }

    /** Highest score first, rows without a score last, then by key. */
    static int compareScores(Map<String, Object> a, Map<String, Object> b) {
        Double x = (Double) a.get("score");
        Double y = (Double) b.get("score");
        if (x == null || y == null) {
            return x == null && y == null ? 0 : x == null ? 1 : -1;
        }
        return Double.compare(y, x);
    }
}
