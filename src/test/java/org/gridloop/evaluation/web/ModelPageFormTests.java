package org.gridloop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.evaluation.internal.EvaluationModel;
import org.gridloop.evaluation.internal.EvaluationModel.Difficulty;
import org.gridloop.evaluation.internal.EvaluationModel.SubdistrictSize;
import org.junit.jupiter.api.Test;

/** The model form read back into the model it was filled with, and its problems named by the form's fields. */
class ModelPageFormTests {

    private static final Map<String, String> SUBDISTRICTS = Map.of("440307001", "平湖");

    @Test
    void readsBackTheModelItWasFilledWithCountBandSharesInPercent() {
        EvaluationModel defaults = EvaluationModel.defaults();
        EvaluationModel stored = new EvaluationModel(3, LocalDate.of(2043, 1, 1), defaults.weights(),
                defaults.grades(), defaults.countBands(), new Difficulty(true, 0.4, 0.6, 0.2,
                        Map.of("440307001", new SubdistrictSize(120_000, 8_000), "440399001", new SubdistrictSize(5, 6))));
        ModelPageForm filled = ModelPageForm.of(stored, SUBDISTRICTS);
        assertThat(filled.values()).containsEntry("countBands[0].minShare", "80")
                .containsEntry("countBands[1].minShare", "60").containsEntry("weights.departments.handlingRate", "30")
                .containsEntry("difficulty.exponent", "0.2").containsEntry("effectiveFrom", "");
        assertThat(filled.gradeRows()).isEqualTo(stored.grades().size() + ModelPageForm.SPARE_ROWS);
        assertThat(filled.subdistricts()).extracting(ModelPageForm.SubdistrictRow::code)
                .containsExactly("440307001", "440399001");

        Map<String, String> sent = new LinkedHashMap<>(filled.values());
        sent.put("effectiveFrom", "2043-02-01");
        sent.put("_csrf", "token");
        EvaluationModel read = ModelPageForm.entered(sent, SUBDISTRICTS).model();
        assertThat(read.effectiveFrom()).isEqualTo(LocalDate.of(2043, 2, 1));
        assertThat(read.weights()).isEqualTo(stored.weights());
        assertThat(read.grades()).isEqualTo(stored.grades());
        assertThat(read.countBands()).isEqualTo(stored.countBands());
        assertThat(read.difficulty()).isEqualTo(stored.difficulty());
    }

    @Test
    void namesEachProblemByTheFieldOfTheFormItWasEnteredIn() {
        Map<String, String> sent = new LinkedHashMap<>(ModelPageForm.of(EvaluationModel.defaults(), SUBDISTRICTS)
                .values());
        sent.put("effectiveFrom", "2043-13-01");
        sent.put("grades[1].grade", "");
        sent.put("grades[1].minScore", "");
        sent.put("grades[2].minScore", "95");
        sent.put("countBands[4].score", "120");
        sent.put("weights.regions.closingRate", "x");
        sent.put("difficulty.assetWeight", "1.5");
        sent.put("difficulty.subdistricts[0].population", "1000");
        sent.put("grades[99999999999].grade", "Z");
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> ModelPageForm.entered(sent, SUBDISTRICTS).model());
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "effectiveFrom", "weights.regions.closingRate", "grades[2].minScore", "countBands[4].score",
                "difficulty.subdistricts.440307001", "difficulty.assetWeight");
        assertThat(refused.fieldProblems()).filteredOn(problem -> problem.field().equals("grades[2].minScore"))
                .extracting(FieldProblem::messageCode).containsExactly("evaluation.model.bands");
        assertThat(refused.fieldProblems()).filteredOn(problem -> problem.field().equals("difficulty.assetWeight"))
                .extracting(FieldProblem::messageCode).containsExactly("evaluation.model.share");
    }
}
