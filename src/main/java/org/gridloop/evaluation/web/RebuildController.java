package org.gridloop.evaluation.web;

import org.gridloop.DomainException;
import org.gridloop.evaluation.internal.Rebuilds;
import org.gridloop.evaluation.internal.Rebuilds.Progress;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Full recomputations of the evaluation read model from the timelines, for administrators. */
@RestController
@RequestMapping("/api/v1/evaluation/rebuild")
@Tag(name = "Evaluation")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RebuildController {

    /** A rebuild's progress: {@code done} of {@code total} cases; state RUNNING, DONE or FAILED. */
    record RebuildProgress(long id, String state, long done, long total) {

        static RebuildProgress of(Progress progress) {
            return new RebuildProgress(progress.id(), progress.state().name(), progress.done(), progress.total());
        }
    }

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Recompute the read model from every timeline in the background",
            description = "Answers 202 with the rebuild's id; while one runs, that one is answered.")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildProgress start(Actor actor) {
        return RebuildProgress.of(rebuilds.start(actor.username()));
    }

    @Operation(summary = "How far a rebuild got")
    @GetMapping("/{id}")
    RebuildProgress progress(@PathVariable long id) {
        return RebuildProgress.of(rebuilds.find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "evaluation.rebuild.notFound", "No rebuild has this id")));
    }
}
