package org.gridloop.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.Scorecards;
import org.gridloop.evaluation.web.ScorecardController.ScorecardBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every scorecard of a period in one answer, counted together (ADR 0059). */
@RestController
@Tag(name = "Evaluation")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR', 'SHIFT_SUPERVISOR', 'DISPATCHER')")
class AllScorecardsController {

    /** The scorecards of a period by object, each as {@code GET /api/v1/scorecards/{object}} answers it. */
    record AllScorecards(String period, Map<String, ScorecardBody> scorecards) {
    }

    private final Scorecards scorecards;

    AllScorecardsController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @Operation(summary = "All ten scorecards of a period",
            description = "period as for /api/v1/kpis. The same scorecards as /api/v1/scorecards/{object}, keyed by "
                    + "object, their counts read together: the period's steps once and its cases once per time.")
    @GetMapping("/api/v1/scorecards")
    AllScorecards all(@RequestParam(required = false) String period, Locale locale) {
        Period parsed = Period.parse(period);
        Map<String, ScorecardBody> bodies = new LinkedHashMap<>();
        scorecards.all(parsed, locale).forEach((object, card) ->
                bodies.put(object.path, ScorecardBody.of(card, scorecards.measureNames(object))));
        return new AllScorecards(parsed.text(), bodies);
    }
}
