package org.gridloop.evaluation.internal;

import java.util.List;
import java.util.Map;

import org.gridloop.Period;

/**
 * A scorecard (考评表) of one object for one period: a row per evaluated unit with its raw counts,
 * rates (fractions), score and grade, the roll-ups (teams: one per mode) and the total.
 *
 * @param model the model version it was scored under (0 for the built-in defaults)
 */
public record Scorecard(ScorecardObject object, Period period, EvaluationModel model, List<Map<String, Object>> rows,
        List<Map<String, Object>> rollups, Map<String, Object> total) {
}
