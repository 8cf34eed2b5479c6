package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.EvaluationModel;
import org.gridloop.evaluation.internal.EvaluationModels;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The evaluation models (考评模型): read by those who read the scorecards, added by
 * administrators as new versions (ADR 0054).
 */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "Evaluation")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class ModelController {

    /** A model as an administrator enters it; its version is given when it is stored. */
    record ModelForm(LocalDate effectiveFrom, Map<String, Map<String, Double>> weights,
            List<EvaluationModel.GradeBand> grades, List<EvaluationModel.CountBand> countBands,
            EvaluationModel.Difficulty difficulty) {

        EvaluationModel model() {
            return new EvaluationModel(0, effectiveFrom, weights, grades, countBands, difficulty);
        }
    }

    private final EvaluationModels models;
    private final Clock clock;

    ModelController(EvaluationModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Operation(summary = "The model in force on a day", description = "date: yyyy-MM-dd, today when not given; "
            + "version 0 is the built-in defaults.")
    @GetMapping("/model")
    EvaluationModel inForce(@RequestParam(required = false) String date) {
        LocalDate day;
        try {
            day = date == null ? LocalDate.ofInstant(clock.instant(), Period.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException malformed) {
            throw DomainException.invalidField("date", "evaluation.model.date", "a date yyyy-MM-dd");
        }
        return models.inForce(day);
    }

    @Operation(summary = "The stored versions, the latest first")
    @GetMapping("/models")
    List<EvaluationModels.Version> versions() {
        return models.versions();
    }

    @GetMapping("/models/{version}")
    EvaluationModel version(@PathVariable int version) {
        return models.find(version).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "evaluation.model.notFound", "No model has this version"));
    }

    @Operation(summary = "Add a version of the model, in force from its effectiveFrom",
            description = "The whole model: weights by object and indicator, grades, countBands, difficulty. "
                    + "Versions are never changed; a past period keeps the model in force on its first day.")
    @PostMapping("/models")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    EvaluationModel add(@RequestBody ModelForm form, Actor actor) {
        return models.add(form.model(), actor.username());
    }
}
