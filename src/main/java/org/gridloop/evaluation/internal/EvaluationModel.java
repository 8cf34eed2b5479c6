package org.gridloop.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;

/**
 * The evaluation model (考评模型) of the platform from a day on: the weights of each object's
 * composite score, the grade bands, the count bands that turn a volume into a score, and the
 * difficulty weighting of the subdistricts (ADR 0054). Every scorecard names the version it was
 * scored under, so a past period can be scored again under the model it was scored under then.
 *
 * @param version       1 for the first stored model; 0 for the built-in defaults
 * @param effectiveFrom the first day it applies to (Asia/Shanghai)
 * @param weights       by object ({@code inspectors}, …, {@code regions}), the weight of each scored
 *                      indicator; indicators named in {@link #NEGATIVE} score as 100 − rate
 * @param grades        grade bands, each the lowest score of the grade, highest grade first
 * @param countBands    a volume scores the band of its share of the highest volume among its peers
 * @param difficulty    the difficulty weighting of the subdistricts
 */
public record EvaluationModel(int version, LocalDate effectiveFrom, Map<String, Map<String, Double>> weights,
        List<GradeBand> grades, List<CountBand> countBands, Difficulty difficulty) {

    /** A grade and the lowest score that earns it. */
    public record GradeBand(String grade, double minScore) {
    }

    /** The score of a volume at least {@code minShare} of the highest volume of its peers. */
    public record CountBand(double minShare, double score) {
    }

    /**
     * The difficulty weighting (难度系数): k = populationWeight · population / mean population +
     * assetWeight · assets / mean assets; a weighted indicator is min(100, raw × k^exponent).
     *
     * @param subdistricts population and assets by subdistrict code; a subdistrict without figures has k = 1
     */
    public record Difficulty(boolean enabled, double populationWeight, double assetWeight, double exponent,
            Map<String, SubdistrictSize> subdistricts) {

        public Difficulty {
            subdistricts = subdistricts == null ? Map.of() : new LinkedHashMap<>(subdistricts);
        }
    }

    /** The population and the number of assets (部件) of a subdistrict. */
    public record SubdistrictSize(long population, long assets) {
    }

    /** The indicators that score as 100 − rate. */
    public static final Set<String> NEGATIVE = Set.of("missedReportRate", "reworkRate", "overdueUnhandledRate",
            "extensionRate", "publicReportRate");

    /** The scored indicators of each weighted object. */
    public static final Map<String, List<String>> INDICATORS = Map.of(
            "inspectors", List.of("validReportRate", "missedReportRate", "verificationOnTimeRate", "checkOnTimeRate"),
            "operators", List.of("acceptedScore", "verificationRequestOnTimeRate", "checkRequestOnTimeRate"),
            "supervisors", List.of("registrationOnTimeRate", "registrationAccuracy", "closingOnTimeRate"),
            "dispatchers", List.of("dispatchScore", "dispatchOnTimeRate", "dispatchAccuracy"),
            "departments", List.of("handlingRate", "handlingOnTimeRate", "reworkRate", "overdueUnhandledRate",
                    "extensionRate"),
            "regions", List.of("publicReportRate", "registeredScore", "closingRate", "closingOnTimeRate"));

    /** The defaults of the national standards and the district rules (evaluation.md). */
    public static EvaluationModel defaults() {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        weights.put("inspectors", weights("validReportRate", 40, "missedReportRate", 20, "verificationOnTimeRate", 20,
                "checkOnTimeRate", 20));
        weights.put("operators", weights("acceptedScore", 25, "verificationRequestOnTimeRate", 40,
                "checkRequestOnTimeRate", 35));
        weights.put("supervisors", weights("registrationOnTimeRate", 25, "registrationAccuracy", 40,
                "closingOnTimeRate", 35));
        weights.put("dispatchers", weights("dispatchScore", 20, "dispatchOnTimeRate", 40, "dispatchAccuracy", 40));
        weights.put("departments", weights("handlingRate", 30, "handlingOnTimeRate", 20, "reworkRate", 20,
                "overdueUnhandledRate", 20, "extensionRate", 10));
        weights.put("regions", weights("publicReportRate", 10, "registeredScore", 20, "closingRate", 30,
                "closingOnTimeRate", 40));
        return new EvaluationModel(0, LocalDate.of(2000, 1, 1), weights,
                List.of(new GradeBand("A", 90), new GradeBand("B", 75), new GradeBand("C", 60), new GradeBand("D", 40),
                        new GradeBand("E", 0)),
                List.of(new CountBand(0.8, 100), new CountBand(0.6, 80), new CountBand(0.4, 60), new CountBand(0.2, 40),
                        new CountBand(0, 20)),
                new Difficulty(true, 0.5, 0.5, 0.1, Map.of()));
    }

    private static Map<String, Double> weights(Object... pairs) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return weights;
    }

    /**
     * The composite score: the weighted mean of the indicators that could be counted (a rate
     * without a denominator is left out with its weight), each on 0–100; {@code null} when none could.
     */
    public Double score(String object, Map<String, Double> percentages) {
        double total = 0;
        double weight = 0;
        for (Map.Entry<String, Double> entry : weights.get(object).entrySet()) {
            Double value = percentages.get(entry.getKey());
            if (value != null && entry.getValue() > 0) {
                double points = NEGATIVE.contains(entry.getKey()) ? 100 - value : value;
                total += entry.getValue() * points;
                weight += entry.getValue();
            }
        }
        return weight == 0 ? null : total / weight;
    }

    /** The grade of a score, {@code null} for none. */
    public String grade(Double score) {
        if (score == null) {
            return null;
        }
        return grades.stream().filter(band -> score >= band.minScore()).map(GradeBand::grade).findFirst()
                .orElse(grades.get(grades.size() - 1).grade());
    }

    /** The band score of a volume among its peers' highest; {@code null} when no peer has any. */
    public Double countScore(long count, long highest) {
        if (highest <= 0) {
            return null;
        }
        double share = (double) count / highest;
        return countBands.stream().filter(band -> share >= band.minShare()).map(CountBand::score).findFirst()
                .orElse(0.0);
    }

    /** The difficulty k of a subdistrict, 1 when weighting is off or the subdistrict has no figures. */
    public double difficulty(String subdistrict) {
        SubdistrictSize size = difficulty.subdistricts().get(subdistrict);
        if (!difficulty.enabled() || size == null) {
            return 1;
        }
        double population = difficulty.subdistricts().values().stream().mapToLong(SubdistrictSize::population)
                .average().orElse(0);
        double assets = difficulty.subdistricts().values().stream().mapToLong(SubdistrictSize::assets).average()
                .orElse(0);
        return (population == 0 ? difficulty.populationWeight()
                : difficulty.populationWeight() * size.population() / population)
                + (assets == 0 ? difficulty.assetWeight() : difficulty.assetWeight() * size.assets() / assets);
    }

    /** A raw percentage weighted by the difficulty k: min(100, raw × k^exponent). */
    public Double weighted(Double raw, double k) {
        return raw == null ? null : Math.min(100, raw * Math.pow(k, difficulty.exponent()));
    }

    /**
     * Checks a model as an administrator entered it: every object and indicator known, weights
     * of 0–100 with a positive sum, grades from highest to lowest ending at 0, count bands the
     * same, difficulty parameters of 0–1 (exponent 0–2) and figures not negative.
     *
     * @throws DomainException INVALID naming each field at fault
     */
    public void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(new FieldProblem("effectiveFrom", "field.required", "required"));
        }
        if (weights == null) {
            problems.add(new FieldProblem("weights", "field.required", "required"));
        } else {
            weights.forEach((object, indicators) -> {
                List<String> known = INDICATORS.get(object);
                if (known == null) {
                    problems.add(new FieldProblem("weights." + object, "evaluation.model.unknown", "unknown object"));
                    return;
                }
                if (indicators == null) {
                    problems.add(new FieldProblem("weights." + object, "field.required", "required"));
                    return;
                }
                double sum = 0;
                for (Map.Entry<String, Double> weight : indicators.entrySet()) {
                    String field = "weights." + object + "." + weight.getKey();
                    if (!known.contains(weight.getKey())) {
                        problems.add(new FieldProblem(field, "evaluation.model.unknown", "unknown indicator"));
                    } else if (weight.getValue() == null || weight.getValue() < 0 || weight.getValue() > 100) {
                        problems.add(new FieldProblem(field, "evaluation.model.weight", "0 to 100"));
                    } else {
                        sum += weight.getValue();
                    }
                }
                if (sum <= 0) {
                    problems.add(new FieldProblem("weights." + object, "evaluation.model.weights-empty",
                            "at least one weight above 0"));
                }
            });
            INDICATORS.keySet().stream().filter(object -> !weights.containsKey(object)).forEach(object -> problems
                    .add(new FieldProblem("weights." + object, "field.required", "required")));
        }
        checkBands(problems, "grades", grades == null ? null : grades.stream().map(GradeBand::minScore).toList(), 100);
        checkBands(problems, "countBands",
                countBands == null ? null : countBands.stream().map(CountBand::minShare).toList(), 1);
        if (countBands != null) {
            for (int i = 0; i < countBands.size(); i++) {
                if (countBands.get(i).score() < 0 || countBands.get(i).score() > 100) {
                    problems.add(new FieldProblem("countBands[" + i + "].score", "evaluation.model.weight", "0 to 100"));
                }
            }
        }
        if (difficulty == null) {
            problems.add(new FieldProblem("difficulty", "field.required", "required"));
        } else {
            between(problems, "difficulty.populationWeight", difficulty.populationWeight(), 1, "evaluation.model.share");
            between(problems, "difficulty.assetWeight", difficulty.assetWeight(), 1, "evaluation.model.share");
            between(problems, "difficulty.exponent", difficulty.exponent(), 2, "evaluation.model.exponent");
            if (difficulty.subdistricts() != null) {
                difficulty.subdistricts().forEach((code, size) -> {
                    if (size == null || size.population() < 0 || size.assets() < 0) {
                        problems.add(new FieldProblem("difficulty.subdistricts." + code, "evaluation.model.size",
                                "population and assets of 0 or more"));
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "evaluation.model.invalid",
                    "The evaluation model is not valid", problems);
        }
    }

    private static void checkBands(List<FieldProblem> problems, String field, List<Double> lows, double top) {
        if (lows == null || lows.isEmpty()) {
            problems.add(new FieldProblem(field, "field.required", "required"));
            return;
        }
        for (int i = 0; i < lows.size(); i++) {
            double low = lows.get(i);
            if (low < 0 || low > top || (i > 0 && low >= lows.get(i - 1))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "evaluation.model.bands",
                        "from highest to lowest, 0 to " + top));
            }
        }
        if (lows.get(lows.size() - 1) != 0) {
            problems.add(new FieldProblem(field + "[" + (lows.size() - 1) + "]", "evaluation.model.bands-floor",
                    "the last band starts at 0"));
        }
    }

    private static void between(List<FieldProblem> problems, String field, double value, double top, String code) {
        if (value < 0 || value > top) {
            problems.add(new FieldProblem(field, code, "0 to " + top));
        }
    }
}
