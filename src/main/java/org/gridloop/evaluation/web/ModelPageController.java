package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.EvaluationModel;
import org.gridloop.evaluation.internal.EvaluationModels;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.gridloop.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the evaluation model (考评模型): the stored versions with the one
 * in force today marked, and a form filled with that one (or a version chosen) that saves every
 * value as a new version in force from a day (ADR 0054). A refused form is shown again as
 * entered, each problem next to its field, and nothing is stored.
 */
@Controller
@RequestMapping("/evaluation/model")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ModelPageController {

    private final EvaluationModels models;
    private final GridDirectory grids;
    private final MessageSource messages;
    private final Clock clock;

    ModelPageController(EvaluationModels models, GridDirectory grids, MessageSource messages, Clock clock) {
        this.models = models;
        this.grids = grids;
        this.messages = messages;
        this.clock = clock;
    }

    /** @param from the version the form starts from; the one in force today when not given */
    @GetMapping
    String page(@RequestParam(required = false) Integer from, Model model) {
        EvaluationModel current = models.inForce(today());
        EvaluationModel base = from == null ? current : from == 0 ? EvaluationModel.defaults()
                : models.find(from).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "evaluation.model.notFound", "No model has this version"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ModelPageForm.of(base, subdistricts()));
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("base", base);
        model.addAttribute("current", current);
        model.addAttribute("versions", models.versions());
        model.addAttribute("objects", ModelPageForm.OBJECTS);
        model.addAttribute("negative", EvaluationModel.NEGATIVE);
        return "evaluation/model";
    }

    /** Stores the form as the next version and shows it in the list, or shows the form again with its problems. */
    @PostMapping
    String save(@RequestParam Map<String, String> parameters, @RequestParam(required = false) Integer from,
            Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
        ModelPageForm form = ModelPageForm.entered(parameters, subdistricts());
        try {
            EvaluationModel saved = models.add(form.model(), actor.username());
            redirect.addFlashAttribute("notice", messages.getMessage("evaluation.modelPage.saved",
                    new Object[] {saved.version(), saved.effectiveFrom()}, locale));
            return "redirect:/evaluation/model";
        } catch (DomainException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : refused.fieldProblems()) {
                errors.merge(problem.field(), messages.getMessage(problem.messageCode(), null,
                        problem.defaultMessage(), locale), (first, second) -> first + " " + second);
            }
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("error", messages.getMessage("evaluation.modelPage.refused",
                    new Object[] {messages.getMessage(refused.messageCode(), refused.arguments(), refused.getMessage(),
                            locale)}, locale));
            return page(from, model);
        }
    }

    private Map<String, String> subdistricts() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Subdistrict> known = grids.subdistricts();
        known.forEach(subdistrict -> names.put(subdistrict.code(), subdistrict.name()));
        return names;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Period.ZONE);
    }
}
