package org.gridloop.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.gridloop.evaluation.internal.EvaluationModel.Difficulty;
import org.gridloop.evaluation.internal.EvaluationModel.SubdistrictSize;
import org.junit.jupiter.api.Test;

/** The scoring arithmetic of the default model, on figures computed by hand. */
class EvaluationModelTests {

    private final EvaluationModel defaults = EvaluationModel.defaults();

    @Test
    void scoresADepartmentByTheJinniuWeightsWithNegativeIndicatorsAsTheRemainder() {
        Map<String, Double> rates = Map.of("handlingRate", 100.0, "handlingOnTimeRate", 50.0, "reworkRate", 50.0,
                "overdueUnhandledRate", 0.0, "extensionRate", 50.0);
        // 30 × 100 + 20 × 50 + 20 × (100 − 50) + 20 × (100 − 0) + 10 × (100 − 50), over 100
        assertThat(defaults.score("departments", rates)).isEqualTo(75.0);
        assertThat(defaults.grade(75.0)).isEqualTo("B");
        assertThat(defaults.grade(74.99)).isEqualTo("C");
        assertThat(defaults.grade(90.0)).isEqualTo("A");
        assertThat(defaults.grade(39.9)).isEqualTo("E");
        assertThat(defaults.grade(null)).isNull();
    }

    @Test
    void leavesOutARateWithoutADenominatorWithItsWeight() {
        Map<String, Double> rates = new HashMap<>();
        rates.put("validReportRate", 80.0);
        rates.put("missedReportRate", 10.0);
        rates.put("verificationOnTimeRate", null);
        rates.put("checkOnTimeRate", 100.0);
        // (40 × 80 + 20 × 90 + 20 × 100) / 80
        assertThat(defaults.score("inspectors", rates)).isEqualTo(87.5);
        assertThat(defaults.score("inspectors", Map.of())).isNull();
    }

    @Test
    void bandsAVolumeByItsShareOfTheHighest() {
        assertThat(defaults.countScore(100, 100)).isEqualTo(100.0);
        assertThat(defaults.countScore(80, 100)).isEqualTo(100.0);
        assertThat(defaults.countScore(79, 100)).isEqualTo(80.0);
        assertThat(defaults.countScore(40, 100)).isEqualTo(60.0);
        assertThat(defaults.countScore(0, 100)).isEqualTo(20.0);
        assertThat(defaults.countScore(0, 0)).isNull();
    }

    @Test
    void weighsASubdistrictByItsPopulationAndAssetsAgainstTheMean() {
        EvaluationModel model = new EvaluationModel(1, defaults.effectiveFrom(), defaults.weights(), defaults.grades(),
                defaults.countBands(), new Difficulty(true, 0.5, 0.5, 0.1, Map.of(
                        "small", new SubdistrictSize(100_000, 10_000), "large", new SubdistrictSize(300_000, 30_000))));
        // means 200,000 and 20,000: k = 0.5 × 0.5 + 0.5 × 0.5 and 0.5 × 1.5 + 0.5 × 1.5
        assertThat(model.difficulty("small")).isEqualTo(0.5);
        assertThat(model.difficulty("large")).isEqualTo(1.5);
        assertThat(model.difficulty("unlisted")).isEqualTo(1.0);
        assertThat(model.weighted(90.0, 1.5)).isCloseTo(90 * Math.pow(1.5, 0.1), within(1e-9))
                .isCloseTo(93.72, within(0.01));
        assertThat(model.weighted(99.0, 1.5)).as("capped").isEqualTo(100.0);
        assertThat(model.weighted(90.0, 0.5)).isCloseTo(83.97, within(0.01));
        assertThat(model.weighted(null, 1.5)).isNull();
    }
}
